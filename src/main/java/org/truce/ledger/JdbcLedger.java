package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.truce.core.MalformedInputException;
import org.truce.core.UnavailableException;
import org.truce.ledger.LedgerStore.TicketState;
import org.truce.ledger.tlog.NodeKey;
import org.truce.ledger.tlog.Receipt;
import org.truce.ledger.tlog.TreeShape;
import org.truce.ledger.tlog.VerifierKey;

/** The ledger as domain modules record into it and as its readers see it. */
@Service
class JdbcLedger implements Ledger, LedgerLog {

	static final int MAXIMUM_PAGE = 1_000;
	private static final Duration POLL = Duration.ofMillis(200);

	private final LedgerStore store;
	private final Sequencer sequencer;
	private final Checkpoints checkpoints;
	private final LogKey key;
	private final LedgerProperties properties;
	private final Clock clock;
	/** A size the log has reached: it only grows, so any size up to this one is valid without asking the database. */
	private final AtomicLong reached = new AtomicLong();

	JdbcLedger(LedgerStore store, Sequencer sequencer, Checkpoints checkpoints, LogKey key, LedgerProperties properties,
			Clock clock) {
		this.store = store;
		this.sequencer = sequencer;
		this.checkpoints = checkpoints;
		this.key = key;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public LedgerTicket record(LedgerRecord record) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("Ledger.record runs inside the transaction of the change it records");
		}
		var ticket = new LedgerTicket(store.queue(record));
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCommit() {
				sequencer.wake();
			}
		});
		return ticket;
	}

	@Override
	public Receipt receiptFor(LedgerTicket ticket) {
		return sequencer.whileAwaitingReceipts(() -> awaitReceipt(ticket));
	}

	@Override
	public Map<LedgerTicket, LoggedSubject> logged(Map<LedgerTicket, SubjectContent> contents) {
		var logged = new HashMap<LedgerTicket, LoggedSubject>();
		store.logged(contents.keySet().stream().map(LedgerTicket::value).toList()).forEach((ticket, entry) -> {
			var key = new LedgerTicket(ticket);
			logged.put(key, subject(entry, contents.get(key)));
		});
		return logged;
	}

	@Override
	public List<LoggedSubject> logged(LedgerSubjects owner, Collection<String> subjectIds) {
		var types = owner.types();
		var entries = store.loggingSubjects(subjectIds).stream().filter(entry -> types.contains(entry.type())).toList();
		var contents = new HashMap<String, Map<String, SubjectContent>>();
		entries.stream()
			.collect(Collectors.groupingBy(LedgerStore.Logged::type,
					Collectors.mapping(LedgerStore.Logged::subjectId, Collectors.toSet())))
			.forEach((type, subjects) -> contents.put(type, owner.contents(type, subjects)));
		return entries.stream()
			.flatMap(entry -> Optional.ofNullable(contents.get(entry.type()).get(entry.subjectId()))
				.map(content -> subject(entry, content))
				.stream())
			.toList();
	}

	private static LoggedSubject subject(LedgerStore.Logged entry, SubjectContent content) {
		return new LoggedSubject(entry.index(), entry.entry(), entry.type(), entry.subjectId(), entry.contentHash(), content);
	}

	private Receipt awaitReceipt(LedgerTicket ticket) {
		var deadline = clock.instant().plus(properties.receiptTimeout());
		while (true) {
			switch (store.ticket(ticket.value())) {
				case TicketState.Sequenced sequenced -> {
					return receipt(sequenced.entry());
				}
				case TicketState.Unknown unknown -> throw new IllegalArgumentException("No entry was recorded under " + ticket);
				case TicketState.Pending pending -> {
					var left = Duration.between(clock.instant(), deadline);
					if (left.isNegative()) {
						throw new UnavailableException("The change is recorded, but its ledger entry was not sequenced within "
								+ properties.receiptTimeout().toSeconds() + " s; ask again for its receipt", Duration.ofSeconds(5));
					}
					sequencer.wake();
					awaitSequencing(left.compareTo(POLL) < 0 ? left : POLL);
				}
			}
		}
	}

	private Receipt receipt(LedgerStore.StoredEntry entry) {
		var checkpoint = checkpoints.covering(entry.index());
		var proof = proof(TreeShape.inclusionPath(entry.index(), checkpoint.size()));
		return new Receipt(entry.index(), new String(entry.entry(), StandardCharsets.UTF_8), base64(entry.leafHash()),
				checkpoint.size(), checkpoint.note(), proof.stream().map(JdbcLedger::base64).toList());
	}

	private void awaitSequencing(Duration atMost) {
		try {
			sequencer.awaitProgress(atMost);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new UnavailableException("Interrupted while waiting for the ledger", Duration.ofSeconds(1));
		}
	}

	@Override
	public long size() {
		return store.size();
	}

	@Override
	public VerifierKey key() {
		return key.verifierKey();
	}

	@Override
	public String latestCheckpoint() {
		var latest = checkpoints.latest().orElseGet(checkpoints::issue);
		return checkpoints.withCosignatures(latest);
	}

	@Override
	public Optional<String> checkpoint(long treeSize) {
		if (treeSize < 0) {
			throw new MalformedInputException("size", "must be 0 or more");
		}
		return checkpoints.at(treeSize).map(checkpoints::withCosignatures);
	}

	@Override
	public byte[] entry(long index) {
		if (index < 0) {
			throw new MalformedInputException("index", "must be 0 or more");
		}
		return store.entry(index)
			.orElseThrow(() -> new MalformedInputException("index", "must be less than the log's size (" + store.size() + ")"))
			.entry();
	}

	@Override
	public List<byte[]> entries(long from, int count) {
		long size = store.size();
		if (from < 0 || from > size) {
			throw new MalformedInputException("from", "must be between 0 and the log's size (" + size + ")");
		}
		if (count < 1 || count > MAXIMUM_PAGE) {
			throw new MalformedInputException("count", "must be between 1 and " + MAXIMUM_PAGE);
		}
		return store.entries(from, count).stream().map(LedgerStore.StoredEntry::entry).toList();
	}

	@Override
	public InclusionProof inclusionProof(long index, long treeSize) {
		long size = reached(treeSize);
		if (treeSize < 1 || treeSize > size) {
			throw new MalformedInputException("size", "must be between 1 and the log's size (" + size + ")");
		}
		if (index < 0) {
			throw new MalformedInputException("index", "must be 0 or more");
		}
		if (index >= treeSize) {
			throw new MalformedInputException("index", "must be less than size (" + treeSize + ")");
		}
		var leaf = new NodeKey(0, index);
		var path = TreeShape.inclusionPath(index, treeSize);
		var hashes = store.nodes(Stream.concat(Stream.of(leaf), path.stream().flatMap(List::stream)).toList());
		return new InclusionProof(treeSize, index, hashes.get(leaf), TreeShape.hashes(path, hashes::get));
	}

	@Override
	public ConsistencyProof consistencyProof(long fromSize, long toSize) {
		long size = reached(toSize);
		if (toSize < 1 || toSize > size) {
			throw new MalformedInputException("to", "must be between 1 and the log's size (" + size + ")");
		}
		if (fromSize < 1) {
			throw new MalformedInputException("from", "must be 1 or more: a proof from the empty tree proves nothing");
		}
		if (fromSize > toSize) {
			throw new MalformedInputException("from", "must not be greater than to (" + toSize + "): a log only grows");
		}
		return new ConsistencyProof(fromSize, toSize, proof(TreeShape.consistencyPath(fromSize, toSize)));
	}

	/** The log's size as far as a request needs to know it: the database is asked only about sizes not seen yet. */
	private long reached(long wanted) {
		long known = reached.get();
		return wanted <= known ? known : reached.accumulateAndGet(store.size(), Math::max);
	}

	/** A proof's hashes from the stored subtrees, fetched in one query. */
	private List<byte[]> proof(List<List<NodeKey>> path) {
		var hashes = store.nodes(path.stream().flatMap(List::stream).toList());
		return TreeShape.hashes(path, hashes::get);
	}

	private static String base64(byte[] bytes) {
		return Base64.getEncoder().encodeToString(bytes);
	}
}
