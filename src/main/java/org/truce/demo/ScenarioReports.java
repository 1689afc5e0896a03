package org.truce.demo;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.report.ReportRegister;
import org.truce.report.SourceKind;

/**
 * Files one report per GED event of the scenario's period, each once: a record already imported is skipped. Each is
 * filed a few hours after its event ended, as a delegation of the time would have, not on the day the demo started.
 */
@Component
class ScenarioReports {

	private static final int EVENTS_PER_TRANSACTION = 250;
	private static final Duration FILED_AFTER_THE_EVENT = Duration.ofHours(6);

	private final ReportRegister register;
	private final TransactionTemplate transactions;
	private final ScenarioClock clock;

	ScenarioReports(ReportRegister register, TransactionTemplate transactions, ScenarioClock clock) {
		this.register = register;
		this.transactions = transactions;
		this.clock = clock;
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
			var filedAt = Objects.requireNonNull(report.draft().occurredTo()).plus(FILED_AFTER_THE_EVENT);
			if (clock.at(filedAt, () -> register.importReport(report.draft(), report.reporter(), SourceKind.IMPORT,
					report.externalRef())).created()) {
				created++;
			}
		}
		return created;
	}
}
