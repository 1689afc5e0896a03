package org.truce.ledger;

import java.time.Duration;

import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.truce.core.BackgroundWork;

/**
 * The ledger's background work: the {@link Sequencer} on its own thread from start to shutdown, woken every second, and
 * a checkpoint every 10 s while the log grows. An application started read-only does none of it: it sequences
 * nothing, signs nothing, and so never needs the signing key.
 */
@Component
@BackgroundWork
class LedgerBackgroundWork implements SmartLifecycle {

	private final Sequencer sequencer;
	private final Checkpoints checkpoints;
	private final LogKey key;
	private volatile @Nullable Thread thread;

	LedgerBackgroundWork(Sequencer sequencer, Checkpoints checkpoints, LogKey key) {
		this.sequencer = sequencer;
		this.checkpoints = checkpoints;
		this.key = key;
	}

	@Scheduled(fixedDelayString = "${truce.ledger.sequence-every:PT1S}")
	void wakeUp() {
		sequencer.periodically();
	}

	@Scheduled(fixedDelayString = "${truce.ledger.checkpoint-every:PT10S}", initialDelayString = "PT0S")
	void checkpoint() {
		checkpoints.periodically();
	}

	@Override
	public void start() {
		// The key is checked before anything is sequenced: a log whose key is missing or foreign must not grow.
		key.signer();
		var started = Thread.ofPlatform().name("ledger-sequencer").daemon().unstarted(sequencer::run);
		thread = started;
		started.start();
		sequencer.wake();
	}

	@Override
	public void stop() {
		var running = thread;
		thread = null;
		if (running != null) {
			running.interrupt();
			try {
				running.join(Duration.ofSeconds(10));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return thread != null;
	}
}
