package org.truce.incident;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.truce.report.ReportAmended;
import org.truce.report.ReportFiled;

/**
 * Hears of reports filed and amended, after their transaction commits (through the event publication registry, so that
 * none is missed), records them as pending, and once that is committed asks the worker for a pass. Handling an event
 * twice changes nothing: a report already recorded is not recorded again, and an amendment brings the copy to the
 * report's current revision, never back.
 */
@Component
class ReportEvents {

	private final CorrelationService correlation;
	private final CorrelationWorker worker;

	ReportEvents(CorrelationService correlation, CorrelationWorker worker) {
		this.correlation = correlation;
		this.worker = worker;
	}

	@ApplicationModuleListener
	void on(ReportFiled filed) {
		correlation.recordFiled(filed.reportId());
		passAfterCommit();
	}

	@ApplicationModuleListener
	void on(ReportAmended amended) {
		correlation.recordAmended(amended.reportId());
		passAfterCommit();
	}

	private void passAfterCommit() {
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				worker.requestPass();
			}
		});
	}
}
