package org.truce.ledger;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.ledger.tlog.LedgerEntry;
import org.truce.ledger.tlog.TreeBuilder;
import org.truce.ledger.tlog.TreeHash;
import org.truce.ledger.tlog.TreeShape;

/**
 * Gives pending entries their indices. One thread per application instance (run by {@link LedgerBackgroundWork}) drains
 * the pending rows in batches; each batch is one transaction under the head row's lock, so instances sharing a database
 * take turns and the indices have no gaps and no duplicates. It wakes when a recording transaction commits, every second
 * in case a wake-up was lost (a crash between commit and sequencing), and at start.
 */
@Component
class Sequencer {

	private static final Logger log = LoggerFactory.getLogger(Sequencer.class);
	private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

	private final LedgerStore store;
	private final TransactionTemplate transactions;
	private final LedgerProperties properties;
	private final Checkpoints checkpoints;
	private final Clock clock;
	private final AtomicInteger awaitingReceipts = new AtomicInteger();
	private final BlockingQueue<Boolean> wakeUps = new ArrayBlockingQueue<>(1);
	private final Object progress = new Object();

	Sequencer(LedgerStore store, TransactionTemplate transactions, LedgerProperties properties, Checkpoints checkpoints,
			Clock clock) {
		this.store = store;
		this.transactions = transactions;
		this.properties = properties;
		this.checkpoints = checkpoints;
		this.clock = clock;
	}

	/** Asks the sequencer thread to drain what is pending; returns at once. */
	void wake() {
		wakeUps.offer(Boolean.TRUE);
	}

	/** Waits until the sequencer next commits a batch, or the time passes. */
	void awaitProgress(Duration atMost) throws InterruptedException {
		synchronized (progress) {
			progress.wait(Math.max(1, atMost.toMillis()));
		}
	}

	/**
	 * Runs a wait for receipts. While anyone waits, each batch is signed in the transaction that appends it, so that
	 * the receipts of a batch share one checkpoint and need no further commit.
	 */
	<T> T whileAwaitingReceipts(Supplier<T> waiting) {
		awaitingReceipts.incrementAndGet();
		try {
			return waiting.get();
		}
		finally {
			awaitingReceipts.decrementAndGet();
		}
	}

	/** Wakes the thread in case a wake-up was lost, and warns of an entry that has waited too long. */
	void periodically() {
		wake();
		store.oldestPending().ifPresent(oldest -> {
			var age = Duration.between(oldest, clock.instant());
			if (age.compareTo(properties.pendingAlarm()) > 0) {
				log.warn("The oldest pending ledger entry has waited {} s to be sequenced (alarm at {} s)", age.toSeconds(),
						properties.pendingAlarm().toSeconds());
			}
		});
	}

	/** Sequences up to one batch of pending entries in one transaction; answers how many. */
	int sequenceBatch() {
		Integer sequenced = transactions.execute(status -> {
			long size = store.lockHead();
			var pending = store.pending(properties.batchSize());
			if (pending.isEmpty()) {
				return 0;
			}
			var edge = TreeShape.root(size);
			var hashes = store.nodes(edge);
			var tree = new TreeBuilder(size, edge.stream().map(hashes::get).toList());
			var entries = new ArrayList<LedgerStore.NewEntry>(pending.size());
			var nodes = new ArrayList<TreeBuilder.Node>(pending.size());
			for (var p : pending) {
				var entry = new LedgerEntry(tree.size(), p.type(), p.subjectId(), p.delegation(), p.time().toString(),
						Base64.getEncoder().encodeToString(p.contentHash())).canonical();
				var leaf = TreeHash.leaf(entry);
				var completed = tree.append(leaf);
				var stored = new LedgerStore.StoredEntry(completed.getFirst().key().index(), p.ticket(), entry, leaf);
				entries.add(new LedgerStore.NewEntry(stored, p.subjectId()));
				nodes.addAll(completed.subList(1, completed.size()));
			}
			store.append(entries, nodes, tree.size());
			if (awaitingReceipts.get() > 0) {
				checkpoints.sign(tree.size(), tree.root());
			}
			return pending.size();
		});
		return sequenced == null ? 0 : sequenced;
	}

	/** The sequencer thread's work: drains what is pending each time it is woken, until interrupted. */
	void run() {
		while (!Thread.currentThread().isInterrupted()) {
			try {
				wakeUps.take();
				while (sequenceBatch() > 0) {
					synchronized (progress) {
						progress.notifyAll();
					}
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			catch (RuntimeException e) {
				log.error("Sequencing the ledger failed; retrying", e);
				pause();
				wake();
			}
		}
	}

	private void pause() {
		try {
			Thread.sleep(RETRY_PAUSE);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
