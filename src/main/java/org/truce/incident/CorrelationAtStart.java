package org.truce.incident;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.truce.core.BackgroundWork;

/**
 * Places the reports a previous run left pending once the application is ready. Background work: an application
 * started read-only places nothing.
 */
@Component
@BackgroundWork
class CorrelationAtStart {

	private final CorrelationWorker worker;

	CorrelationAtStart(CorrelationWorker worker) {
		this.worker = worker;
	}

	@EventListener(ApplicationReadyEvent.class)
	void onReady() {
		worker.requestPass();
	}
}
