package org.truce.demo;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.report.ReportRegister;
import org.truce.report.SourceKind;

/** Files one report per GED event of the scenario's period, each once: a record already imported is skipped. */
@Component
class ScenarioReports {

	private static final int EVENTS_PER_TRANSACTION = 250;

	private final ReportRegister register;
	private final TransactionTemplate transactions;

	ScenarioReports(ReportRegister register, TransactionTemplate transactions) {
		this.register = register;
		this.transactions = transactions;
	}

	/** @return how many reports this call created */
	int seed(GedReportMapping mapping) {
		var reports = DataFiles.csv(DataFiles.GED_EVENTS).stream().map(GedEvent::of).map(mapping::map).toList();
		int created = 0;
		for (int start = 0; start < reports.size(); start += EVENTS_PER_TRANSACTION) {
			var chunk = reports.subList(start, Math.min(start + EVENTS_PER_TRANSACTION, reports.size()));
			created += transactions.execute(status -> importAll(chunk));
		}
		return created;
	}

	private int importAll(List<GedReportMapping.ScenarioReport> reports) {
		int created = 0;
		for (var report : reports) {
			if (register.importReport(report.draft(), report.reporter(), SourceKind.IMPORT, report.externalRef()).created()) {
				created++;
			}
		}
		return created;
	}
}
