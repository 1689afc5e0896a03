package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.ledger.tlog.LedgerEntry;
import org.truce.ledger.tlog.NodeKey;
import org.truce.ledger.tlog.TreeBuilder;

/**
 * The log's tables: pending entries (the outbox), the head row that serializes sequencers, the entries with their
 * leaf hashes, and the hashes of complete subtrees above the leaves.
 */
@Repository
class LedgerStore {

	private final JdbcClient jdbc;
	private final JdbcTemplate batch;

	LedgerStore(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	long queue(LedgerRecord record) {
		return jdbc.sql("""
				INSERT INTO ledger_pending (type, subject_id, delegation, recorded_at, content_hash)
				VALUES (:type, :subject, :delegation, :at, :hash) RETURNING ticket""")
			.param("type", record.type())
			.param("subject", record.subjectId())
			.param("delegation", record.delegation().value())
			.param("at", record.time().atOffset(ZoneOffset.UTC))
			.param("hash", Base64.getDecoder().decode(record.content().contentHash()))
			.query(Long.class)
			.single();
	}

	/**
	 * Locks the head row until the transaction ends — the one lock every sequencer of every instance takes — and
	 * answers the log's size.
	 */
	long lockHead() {
		return jdbc.sql("SELECT size FROM ledger_head FOR UPDATE").query(Long.class).single();
	}

	long size() {
		return jdbc.sql("SELECT size FROM ledger_head").query(Long.class).single();
	}

	List<Pending> pending(int limit) {
		return jdbc.sql("""
				SELECT ticket, type, subject_id, delegation, recorded_at, content_hash FROM ledger_pending
				ORDER BY ticket LIMIT :limit""")
			.param("limit", limit)
			.query((rs, row) -> new Pending(rs.getLong("ticket"), rs.getString("type"), rs.getString("subject_id"),
					rs.getString("delegation"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
					rs.getBytes("content_hash")))
			.list();
	}

	/** Appends sequenced entries and the subtrees they complete, removes their pending rows and moves the head. */
	void append(List<NewEntry> entries, List<TreeBuilder.Node> nodes, long newSize) {
		batch.batchUpdate("""
				INSERT INTO ledger_entry (idx, ticket, entry, leaf_hash, subject_id, sequenced_at) VALUES (?, ?, ?, ?, ?, now())""",
				entries.stream().map(n -> new Object[] { n.stored().index(), n.stored().ticket(), n.stored().entry(),
						n.stored().leafHash(), n.subjectId() }).toList());
		if (!nodes.isEmpty()) {
			batch.batchUpdate("INSERT INTO ledger_node (level, idx, hash) VALUES (?, ?, ?)",
					nodes.stream().map(n -> new Object[] { n.key().level(), n.key().index(), n.hash() }).toList());
		}
		jdbc.sql("DELETE FROM ledger_pending WHERE ticket IN (:tickets)")
			.param("tickets", entries.stream().map(n -> n.stored().ticket()).toList())
			.update();
		jdbc.sql("UPDATE ledger_head SET size = ?").param(newSize).update();
	}

	/** The hashes of complete subtrees: leaves from the entries, higher levels from the node table. */
	Map<NodeKey, byte[]> nodes(Collection<NodeKey> keys) {
		var found = storedNodes(keys);
		var missing = keys.stream().filter(k -> !found.containsKey(k)).findFirst();
		if (missing.isPresent()) {
			throw new IllegalStateException("The ledger has no stored hash for subtree " + missing.get());
		}
		return found;
	}

	/** Those of the subtrees whose hashes are stored, in one query. */
	Map<NodeKey, byte[]> storedNodes(Collection<NodeKey> keys) {
		var found = new HashMap<NodeKey, byte[]>();
		var leaves = keys.stream().filter(k -> k.level() == 0).map(NodeKey::index).toList();
		var inner = keys.stream().filter(k -> k.level() > 0).map(k -> new Object[] { k.level(), k.index() }).toList();
		var queries = new ArrayList<String>(2);
		var params = new HashMap<String, Object>();
		if (!leaves.isEmpty()) {
			queries.add("SELECT 0 AS level, idx, leaf_hash AS hash FROM ledger_entry WHERE idx IN (:leaves)");
			params.put("leaves", leaves);
		}
		if (!inner.isEmpty()) {
			queries.add("SELECT level, idx, hash FROM ledger_node WHERE (level, idx) IN (:inner)");
			params.put("inner", inner);
		}
		if (!queries.isEmpty()) {
			jdbc.sql(String.join(" UNION ALL ", queries)).params(params)
				.query(rs -> {
					found.put(new NodeKey(rs.getInt("level"), rs.getLong("idx")), rs.getBytes("hash"));
				});
		}
		return found;
	}

	Optional<StoredEntry> entry(long index) {
		return jdbc.sql("SELECT idx, ticket, entry, leaf_hash FROM ledger_entry WHERE idx = ?")
			.param(index)
			.query(LedgerStore::storedEntry)
			.optional();
	}

	/** Entries from an index on, in index order, for reading the log or replaying it in chunks. */
	List<StoredEntry> entries(long from, int count) {
		return jdbc.sql("SELECT idx, ticket, entry, leaf_hash FROM ledger_entry WHERE idx >= ? ORDER BY idx LIMIT ?")
			.params(from, count)
			.query(LedgerStore::storedEntry)
			.list();
	}

	/** Where a ticket's entry stands: sequenced (with the entry), still pending, or never recorded. */
	TicketState ticket(long ticket) {
		// One statement, so one snapshot: the sequencer moves a ticket from pending to entry in one transaction.
		return jdbc.sql("""
				SELECT e.idx, e.ticket, e.entry, e.leaf_hash,
				       EXISTS (SELECT 1 FROM ledger_pending p WHERE p.ticket = :ticket) AS pending
				FROM (SELECT CAST(:ticket AS BIGINT) AS ticket) t LEFT JOIN ledger_entry e ON e.ticket = t.ticket""")
			.param("ticket", ticket)
			.query((rs, row) -> {
				if (rs.getObject("idx") != null) {
					return new TicketState.Sequenced(storedEntry(rs, row));
				}
				return rs.getBoolean("pending") ? new TicketState.Pending() : new TicketState.Unknown();
			})
			.single();
	}

	/**
	 * What the log holds for each ticket: its entry once sequenced, else its pending row; tickets never recorded are left
	 * out.
	 */
	Map<Long, Logged> logged(Collection<Long> tickets) {
		var found = new HashMap<Long, Logged>();
		find("ticket", tickets).forEach(logged -> found.put(logged.ticket(), logged));
		return found;
	}

	/**
	 * The entries, sequenced or pending, that log the given subjects. The index column only narrows the search: an entry
	 * is answered for a subject only if its own JSON names it.
	 */
	List<Logged> loggingSubjects(Collection<String> subjectIds) {
		var wanted = Set.copyOf(subjectIds);
		return find("subject_id", wanted).stream().filter(logged -> wanted.contains(logged.subjectId())).toList();
	}

	/**
	 * The entries whose column holds one of the values, one per ticket. The pending rows are read first, so that a ticket
	 * sequenced in between is found among the entries.
	 */
	private List<Logged> find(String column, Collection<?> values) {
		var found = new LinkedHashMap<Long, Logged>();
		if (values.isEmpty()) {
			return List.of();
		}
		jdbc.sql("SELECT ticket, type, subject_id, content_hash FROM ledger_pending WHERE " + column + " IN (:values)")
			.param("values", values)
			.query(rs -> {
				found.put(rs.getLong("ticket"), new Logged(rs.getLong("ticket"), null, null, rs.getString("type"),
						rs.getString("subject_id"), Base64.getEncoder().encodeToString(rs.getBytes("content_hash"))));
			});
		jdbc.sql("SELECT idx, ticket, entry, leaf_hash FROM ledger_entry WHERE " + column + " IN (:values)")
			.param("values", values)
			.query(LedgerStore::storedEntry)
			.list()
			.forEach(stored -> {
				var entry = LedgerEntry.parse(stored.entry());
				found.put(stored.ticket(), new Logged(stored.ticket(), stored.index(),
						new String(stored.entry(), StandardCharsets.UTF_8), entry.type(), entry.subjectId(), entry.contentHash()));
			});
		return List.copyOf(found.values());
	}

	/**
	 * When the oldest pending entry was queued, if any is waiting: the first ticket's, read through the primary key
	 * (tickets are drawn in the order entries are queued).
	 */
	Optional<Instant> oldestPending() {
		return jdbc.sql("SELECT queued_at FROM ledger_pending ORDER BY ticket LIMIT 1")
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class).toInstant())
			.optional();
	}

	private static StoredEntry storedEntry(ResultSet rs, int row) throws SQLException {
		return new StoredEntry(rs.getLong("idx"), rs.getLong("ticket"), rs.getBytes("entry"), rs.getBytes("leaf_hash"));
	}

	/** An entry waiting for its index. */
	record Pending(long ticket, String type, String subjectId, String delegation, Instant time, byte[] contentHash) {
	}

	/** An entry as logged, or as it waits to be: without index and canonical JSON yet. */
	record Logged(long ticket, @Nullable Long index, @Nullable String entry, String type, String subjectId, String contentHash) {
	}

	/** An entry being appended, with the subject it logs. */
	record NewEntry(StoredEntry stored, String subjectId) {
	}

	/** A sequenced entry: its canonical JSON and leaf hash. */
	record StoredEntry(long index, long ticket, byte[] entry, byte[] leafHash) {
	}

	sealed interface TicketState {

		record Sequenced(StoredEntry entry) implements TicketState {
		}

		record Pending() implements TicketState {
		}

		record Unknown() implements TicketState {
		}
	}
}
