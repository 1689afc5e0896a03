package org.truce.incident;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Works off the pending reports on one background thread, so that a burst of filings (the 1,768 reports of the demo
 * seed arrive within a second or two) becomes a few passes — bulk mode — rather than as many concurrent placements
 * racing for the lock. Requests while a pass runs are coalesced into one more pass. Pending reports are in the
 * database, so none is lost to a restart: {@link CorrelationAtStart} asks for a pass when the application is ready.
 */
@Component
class CorrelationWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(CorrelationWorker.class);

	private final CorrelationService correlation;
	private final ExecutorService thread = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("incident-correlation").factory());
	private final AtomicBoolean requested = new AtomicBoolean();

	CorrelationWorker(CorrelationService correlation) {
		this.correlation = correlation;
	}

	/** Asks for a pass over the pending reports; one already asked for and not started yet will do. */
	void requestPass() {
		if (requested.compareAndSet(false, true)) {
			thread.execute(this::pass);
		}
	}

	private void pass() {
		requested.set(false);
		try {
			while (correlation.correlatePending() > 0) {
				// Reports filed during a pass are pending for the next one.
			}
		}
		catch (RuntimeException e) {
			// The reports stay pending; the next filing, amendment or restart tries again.
			log.error("Correlating the pending reports failed", e);
		}
	}

	@Override
	public void destroy() throws InterruptedException {
		thread.shutdown();
		if (!thread.awaitTermination(10, TimeUnit.SECONDS)) {
			thread.shutdownNow();
		}
	}
}
