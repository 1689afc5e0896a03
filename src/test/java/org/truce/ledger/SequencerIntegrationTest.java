package org.truce.ledger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.TruceIntegrationTest;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.UnavailableException;
import org.truce.core.Viewer;
import org.truce.ledger.tlog.Receipt;
import org.truce.report.ReportDrafts;
import org.truce.report.ReportRegister;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Many writers file reports at once while extra sequencers compete for the head lock, as several application
 * instances on one database would: every entry gets its own index, and the log has no gap and no duplicate.
 */
@TruceIntegrationTest
class SequencerIntegrationTest {

	private static final int WRITERS = 32;
	private static final int REPORTS_PER_WRITER = 6;
	private static final int COMPETING_SEQUENCERS = 3;

	@Autowired
	ReportRegister register;

	@Autowired
	Ledger ledger;

	@Autowired
	Sequencer sequencer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LedgerStore store;

	@Autowired
	Checkpoints checkpoints;

	@Autowired
	LogKey key;

	@Autowired
	LedgerProperties properties;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void concurrentWritersGetConsecutiveIndicesWithNoGapsOrDuplicates() throws Exception {
		var filer = (Viewer.Member) Viewer.member("monitor.1", new DelegationCode("MON1"), Role.MONITOR);
		var writing = new AtomicBoolean(true);
		List<Future<List<LedgerTicket>>> writers = new ArrayList<>();
		List<Future<Integer>> sequencers = new ArrayList<>();
		try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int s = 0; s < COMPETING_SEQUENCERS; s++) {
				sequencers.add(threads.submit(() -> {
					int sequenced = 0;
					while (writing.get()) {
						sequenced += sequencer.sequenceBatch();
					}
					return sequenced;
				}));
			}
			for (int w = 0; w < WRITERS; w++) {
				int writer = w;
				writers.add(threads.submit(fileReports(filer, writer)));
			}
			var tickets = new ArrayList<LedgerTicket>();
			for (var future : writers) {
				tickets.addAll(future.get());
			}
			var receipts = new ArrayList<Future<Receipt>>();
			for (var ticket : tickets) {
				receipts.add(threads.submit(() -> ledger.receiptFor(ticket)));
			}
			var indices = new HashSet<Long>();
			for (var receipt : receipts) {
				indices.add(receipt.get().entryIndex());
			}
			writing.set(false);
			assertThat(tickets).hasSize(WRITERS * REPORTS_PER_WRITER);
			assertThat(indices).hasSize(tickets.size());
		}
		for (var competing : sequencers) {
			assertThat(competing.get()).isNotNegative();
		}

		var log = jdbc.sql("SELECT count(*), count(DISTINCT idx), min(idx), max(idx), count(DISTINCT ticket) FROM ledger_entry")
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5) })
			.single();
		long head = jdbc.sql("SELECT size FROM ledger_head").query(Long.class).single();
		assertThat(log[0]).as("entries").isEqualTo(log[1]).isEqualTo(log[4]).isEqualTo(log[3] + 1).isEqualTo(head);
		assertThat(log[2]).as("first index").isZero();
	}

	@Test
	void aReceiptNotReadyInTimeIsRefusedAsUnavailableAndTheEntryIsSequencedOnceTheLogMovesAgain() throws Exception {
		var impatient = new JdbcLedger(store, sequencer, checkpoints, key,
				new LedgerProperties(properties.origin(), properties.keyFile(), 1_000, Duration.ofMillis(300), Duration.ofSeconds(30)),
				Clock.systemUTC());
		var filer = (Viewer.Member) Viewer.member("party.gov", new DelegationCode("SYG"), Role.PARTY);
		var headLocked = new CountDownLatch(1);
		var release = new CountDownLatch(1);
		LedgerTicket ticket;
		try (ExecutorService another = Executors.newSingleThreadExecutor()) {
			var holder = another.submit(() -> transactions.executeWithoutResult(status -> {
				jdbc.sql("SELECT size FROM ledger_head FOR UPDATE").query(Long.class).single();
				headLocked.countDown();
				await(release);
			}));
			headLocked.await();
			try {
				ticket = register.file(ReportDrafts.aReport().build(), filer, null).ledgerTicket();
				var refused = assertThatThrownBy(() -> impatient.receiptFor(ticket)).isInstanceOf(UnavailableException.class);
				refused.hasMessageContaining("ask again");
			}
			finally {
				release.countDown();
			}
			holder.get();
		}
		assertThat(ledger.receiptFor(ticket).entryIndex()).isNotNegative();
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private Callable<List<LedgerTicket>> fileReports(Viewer.Member filer, int writer) {
		return () -> {
			var tickets = new ArrayList<LedgerTicket>();
			for (int i = 0; i < REPORTS_PER_WRITER; i++) {
				var at = Instant.parse("1981-01-01T00:00:00Z").plusSeconds(writer * 3600L + i * 60L);
				var draft = ReportDrafts.aReport().occurred(at, at.plusSeconds(30)).narrative("writer " + writer + " report " + i).build();
				tickets.add(register.file(draft, filer, null).ledgerTicket());
			}
			return tickets;
		};
	}
}
