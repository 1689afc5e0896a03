package org.truce.ledger;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.truce.ledger.tlog.Checkpoint;
import org.truce.ledger.tlog.SignedNote;
import org.truce.ledger.tlog.TreeShape;
import org.truce.ledger.tlog.VerifierKey;
import org.truce.ledger.tlog.WitnessKey;

/**
 * The log's signed checkpoints: issued when a receipt needs one that covers its entry, and periodically while the log
 * grows, at most one per size. Each signs the root computed from stored subtrees, and since stored subtrees never
 * change and the log only grows, every checkpoint is consistent with every earlier one.
 */
@Component
class Checkpoints {

	private final JdbcClient jdbc;
	private final LedgerStore store;
	private final LogKey key;
	private final Clock clock;
	/** The latest checkpoint this instance knows to be committed; checkpoints never change, so it stays true. */
	private final AtomicReference<@Nullable Issued> latestKnown = new AtomicReference<>();

	Checkpoints(JdbcClient jdbc, LedgerStore store, LogKey key, Clock clock) {
		this.jdbc = jdbc;
		this.store = store;
		this.key = key;
		this.clock = clock;
	}

	/** The latest checkpoint if it covers the entry, else a new one of the log's current size. */
	Issued covering(long index) {
		var known = latestKnown.get();
		if (known != null && known.size() > index) {
			return known;
		}
		var latest = latest();
		if (latest.isPresent() && latest.get().size() > index) {
			return latest.get();
		}
		synchronized (this) {
			// Callers waiting here for the same batch share the checkpoint the first of them issued.
			latest = latest();
			return latest.isPresent() && latest.get().size() > index ? latest.get() : issue();
		}
	}

	/** A checkpoint of the log's size, unless the latest is of that size already. */
	void periodically() {
		var latest = latest();
		if (latest.isEmpty() || latest.get().size() < store.size()) {
			issue();
		}
	}

	/**
	 * Signs a checkpoint of the log's current size, unless one of that size exists (issued by this or another instance),
	 * which is then answered instead. Ed25519 is deterministic, so both would be the same note anyway.
	 */
	synchronized Issued issue() {
		long size = store.size();
		var existing = at(size);
		if (existing.isPresent()) {
			return existing.get();
		}
		var edge = TreeShape.root(size);
		var hashes = store.nodes(edge);
		sign(size, TreeShape.fold(edge.stream().map(hashes::get).toList()));
		return at(size).orElseThrow();
	}

	/**
	 * Signs and stores the checkpoint of a size whose root is known, in the caller's transaction; it becomes the latest
	 * known once that transaction has committed, never before (a batch rolled back must not be vouched for).
	 */
	void sign(long size, byte[] root) {
		var text = new Checkpoint(key.verifierKey().name(), size, root).text();
		var note = new SignedNote(text, List.of(key.signer().sign(text))).format();
		int inserted = jdbc.sql("INSERT INTO ledger_checkpoint (size, note, issued_at) VALUES (?, ?, ?) ON CONFLICT (size) DO NOTHING")
			.params(size, note, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
			.update();
		if (inserted == 1) {
			var issued = new Issued(size, note);
			if (TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

					@Override
					public void afterCommit() {
						remember(issued);
					}
				});
			}
			else {
				remember(issued);
			}
		}
	}

	Optional<Issued> latest() {
		var latest = jdbc.sql("SELECT size, note FROM ledger_checkpoint ORDER BY size DESC LIMIT 1")
			.query((rs, row) -> new Issued(rs.getLong("size"), rs.getString("note")))
			.optional();
		latest.ifPresent(this::remember);
		return latest;
	}

	private void remember(Issued checkpoint) {
		latestKnown.accumulateAndGet(checkpoint, (known, issued) -> known == null || known.size() < issued.size() ? issued : known);
	}

	Optional<Issued> at(long size) {
		return jdbc.sql("SELECT size, note FROM ledger_checkpoint WHERE size = ?")
			.param(size)
			.query((rs, row) -> new Issued(rs.getLong("size"), rs.getString("note")))
			.optional();
	}

	/** Every checkpoint's note by its size, as served: with its cosignatures. */
	Map<Long, String> all() {
		var cosignatures = new HashMap<Long, List<String>>();
		jdbc.sql("SELECT size, line FROM ledger_cosignature ORDER BY received_at, delegation").query(rs -> {
			cosignatures.computeIfAbsent(rs.getLong("size"), size -> new ArrayList<>()).add(rs.getString("line"));
		});
		var all = new HashMap<Long, String>();
		jdbc.sql("SELECT size, note FROM ledger_checkpoint").query(rs -> {
			long size = rs.getLong("size");
			all.put(size, withCosignatures(rs.getString("note"), cosignatures.getOrDefault(size, List.of())));
		});
		return all;
	}

	/** A checkpoint with its witnesses' cosignature lines appended, oldest first. */
	String withCosignatures(Issued checkpoint) {
		var lines = jdbc.sql("SELECT line FROM ledger_cosignature WHERE size = ? ORDER BY received_at, delegation")
			.param(checkpoint.size())
			.query(String.class)
			.list();
		return withCosignatures(checkpoint.note(), lines);
	}

	/**
	 * The note with the cosignature lines after its own signature lines, as the text stands: a note altered in the
	 * database is left for verification to judge, not refused here.
	 */
	private static String withCosignatures(String note, List<String> lines) {
		var cosigned = new StringBuilder(note);
		lines.forEach(line -> cosigned.append(line.stripTrailing()).append('\n'));
		return cosigned.toString();
	}

	/**
	 * The witness keys that cosigned a checkpoint or are registered now, with their delegations: those the log's
	 * cosignatures are checked with. A stored key that is no witness key (altered in the database) is left out, and the
	 * cosignatures by it count as unchecked.
	 */
	List<WitnessKey> witnessKeys() {
		var keys = new ArrayList<WitnessKey>();
		jdbc.sql("""
				SELECT delegation, vkey FROM ledger_cosignature UNION SELECT delegation, vkey FROM ledger_witness
				ORDER BY delegation, vkey""")
			.query(rs -> {
				try {
					keys.add(new WitnessKey(rs.getString("delegation"), VerifierKey.parse(rs.getString("vkey"))));
				}
				catch (IllegalArgumentException notAWitnessKey) {
					// Its cosignatures cannot be checked, and are counted so.
				}
			});
		return keys;
	}

	/** A checkpoint as the log signed it. */
	record Issued(long size, String note) {
	}
}
