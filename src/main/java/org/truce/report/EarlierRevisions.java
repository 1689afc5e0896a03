package org.truce.report;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.core.BackgroundWork;

/**
 * Logs the revisions written before the ledger existed (a register upgraded from an earlier version), oldest first, at
 * start: they get a salt and an entry now, dated when they were recorded. Nothing to do on a register that started with
 * the ledger, nor in an application started read-only.
 */
@Component
@BackgroundWork
class EarlierRevisions {

	private static final int PER_TRANSACTION = 500;

	private final ReportLedger ledger;
	private final JdbcReportStore store;
	private final TransactionTemplate transactions;

	EarlierRevisions(ReportLedger ledger, JdbcReportStore store, TransactionTemplate transactions) {
		this.ledger = ledger;
		this.store = store;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void log() {
		Integer logged;
		do {
			logged = transactions.execute(status -> {
				var keys = store.unlogged(PER_TRANSACTION);
				for (var revision : store.logged(keys)) {
					var report = revision.report();
					var key = new JdbcReportStore.RevisionKey(report.id(), report.current().number());
					store.markLogged(key, ledger.log(report, key.revision() == 1 ? ReportLedger.FILED : ReportLedger.AMENDED));
				}
				return keys.size();
			});
		}
		while (logged != null && logged == PER_TRANSACTION);
	}
}
