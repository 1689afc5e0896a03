package org.truce.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.core.DelegationCode;
import org.truce.core.Viewer;
import org.truce.ledger.JsonContent;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerRecord;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.RevisionSubject;
import org.truce.ledger.SubjectContent;
import tools.jackson.databind.json.JsonMapper;

/**
 * Cases as JSON snapshots, each change kept as a revision with the full snapshot, so that any two revisions can be
 * compared. A few columns repeat what queries filter on (state, accused, deadlines); the snapshot is the truth.
 */
@Repository
class JdbcCaseStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final Ledger ledger;

	JdbcCaseStore(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	/**
	 * Saves the case's new state as its next revision, and logs that revision in the ledger in the same transaction; the
	 * revision number guards against a concurrent change.
	 */
	LedgerTicket save(Case kase, int expectedRevision, CaseChange change, String action, Viewer.Member by, Instant at) {
		var snapshot = kase.snapshot();
		var json = JSON.writeValueAsString(snapshot);
		int revision = expectedRevision + 1;
		var content = SubjectContent.salted(JsonContent.of(json));
		var ticket = ledger.record(new LedgerRecord(change.ledgerType(), new RevisionSubject(snapshot.id().value(), revision).toString(), by.delegation(), at,
				content));
		if (expectedRevision == 0) {
			jdbc.sql("""
					INSERT INTO verification_case (id, incident_id, state, accused, reply_due_at, determined_at, snapshot, revision)
					VALUES (:id, :incident, :state, :accused, :replyDue, :determined, CAST(:snapshot AS jsonb), 1)""")
				.params(columns(snapshot, json))
				.update();
		}
		else {
			int updated = jdbc.sql("""
					UPDATE verification_case SET state = :state, accused = :accused, reply_due_at = :replyDue,
					    determined_at = :determined, snapshot = CAST(:snapshot AS jsonb), revision = :revision
					WHERE id = :id AND revision = :expected""")
				.params(columns(snapshot, json))
				.param("revision", revision)
				.param("expected", expectedRevision)
				.update();
			if (updated != 1) {
				throw new IllegalStateException("Case " + snapshot.id() + " changed concurrently");
			}
		}
		jdbc.sql("""
				INSERT INTO case_revision (case_id, revision, recorded_at, recorded_by, action, snapshot, salt)
				VALUES (:id, :revision, :at, :by, :action, CAST(:snapshot AS jsonb), :salt)""")
			.param("id", snapshot.id().value())
			.param("revision", revision)
			.param("at", utc(at))
			.param("by", by.username())
			.param("action", action)
			.param("snapshot", json)
			.param("salt", content.salt())
			.update();
		syncTasks(snapshot);
		return ticket;
	}

	/** The stored snapshots and salts of the revisions named {@code <case id>/<revision>}, for re-verification. */
	Map<String, SubjectContent> loggedRevisions(Collection<String> subjectIds) {
		var contents = new HashMap<String, SubjectContent>();
		for (var subject : subjectIds) {
			RevisionSubject.parse(subject).flatMap(revision -> jdbc.sql("SELECT CAST(snapshot AS text) AS snapshot, salt FROM case_revision WHERE case_id = ? AND revision = ? AND salt IS NOT NULL")
				.params(revision.id(), revision.revision())
				.query((rs, row) -> SubjectContent.of(rs.getBytes("salt"), JsonContent.of(rs.getString("snapshot"))))
				.optional())
				.ifPresent(content -> contents.put(subject, content));
		}
		return contents;
	}

	/** The number of the case's latest revision; 0 for a case never stored. */
	int lastRevision(CaseId id) {
		return jdbc.sql("SELECT revision FROM verification_case WHERE id = ?").param(id.value()).query(Integer.class).optional()
			.orElse(0);
	}

	/** The case and its revision number, locked until the transaction ends. */
	Optional<Stored> lock(CaseId id) {
		return jdbc.sql("SELECT snapshot, revision FROM verification_case WHERE id = ? FOR UPDATE")
			.param(id.value())
			.query(JdbcCaseStore::stored)
			.optional();
	}

	Optional<CaseSnapshot> find(CaseId id) {
		return jdbc.sql("SELECT snapshot, revision FROM verification_case WHERE id = ?")
			.param(id.value())
			.query(JdbcCaseStore::stored)
			.optional()
			.map(Stored::snapshot);
	}

	List<CaseSnapshot> ofIncident(UUID incident) {
		return snapshots("SELECT snapshot, revision FROM verification_case WHERE incident_id = ? ORDER BY snapshot->>'openedAt'",
				incident);
	}

	boolean hasActiveCase(UUID incident) {
		return jdbc.sql("SELECT count(*) FROM verification_case WHERE incident_id = ? AND state <> 'WITHDRAWN'")
			.param(incident).query(Long.class).single() > 0;
	}

	List<CaseSnapshot> inState(CaseState state) {
		return snapshots("SELECT snapshot, revision FROM verification_case WHERE state = ? ORDER BY id", state.name());
	}

	List<CaseSnapshot> accusing(DelegationCode delegation) {
		return snapshots("SELECT snapshot, revision FROM verification_case WHERE ? = ANY(accused) ORDER BY snapshot->>'openedAt' DESC",
				delegation.value());
	}

	List<CaseSnapshot> all(int limit, int offset) {
		return jdbc.sql("SELECT snapshot, revision FROM verification_case ORDER BY snapshot->>'openedAt' DESC, id LIMIT ? OFFSET ?")
			.params(limit, offset)
			.query(JdbcCaseStore::stored)
			.list()
			.stream()
			.map(Stored::snapshot)
			.toList();
	}

	/** Cases with a task of the delegation still open, or any open task past its due date when no delegation is named. */
	List<CaseSnapshot> withOpenTasks(@Nullable DelegationCode assignee) {
		return jdbc.sql("""
				SELECT DISTINCT c.snapshot, c.revision, c.id FROM verification_case c JOIN case_task t ON t.case_id = c.id
				WHERE t.completed_at IS NULL AND (CAST(:assignee AS text) IS NULL OR t.assignee = :assignee) ORDER BY c.id""")
			.param("assignee", assignee == null ? null : assignee.value())
			.query(JdbcCaseStore::stored)
			.list()
			.stream()
			.map(Stored::snapshot)
			.toList();
	}

	List<Revision> revisions(CaseId id) {
		return jdbc.sql("SELECT revision, recorded_at, action, snapshot FROM case_revision WHERE case_id = ? ORDER BY revision")
			.param(id.value())
			.query((rs, row) -> new Revision(rs.getInt("revision"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
					rs.getString("action"), JSON.readValue(rs.getString("snapshot"), CaseSnapshot.class)))
			.list();
	}

	private List<CaseSnapshot> snapshots(String sql, Object parameter) {
		return jdbc.sql(sql).param(parameter).query(JdbcCaseStore::stored).list().stream().map(Stored::snapshot).toList();
	}

	private void syncTasks(CaseSnapshot snapshot) {
		for (var task : snapshot.tasks()) {
			jdbc.sql("""
					INSERT INTO case_task (task_id, case_id, assignee, due_at, completed_at) VALUES (:task, :case, :assignee, :due, :completed)
					ON CONFLICT (task_id) DO UPDATE SET completed_at = EXCLUDED.completed_at""")
				.param("task", task.id())
				.param("case", snapshot.id().value())
				.param("assignee", task.assignee().value())
				.param("due", utc(task.dueAt()))
				.param("completed", task.completedAt() == null ? null : utc(task.completedAt()))
				.update();
		}
	}

	private static Map<String, Object> columns(CaseSnapshot snapshot, String json) {
		var columns = new HashMap<String, Object>();
		columns.put("id", snapshot.id().value());
		columns.put("incident", snapshot.incidentId());
		columns.put("state", snapshot.state().name());
		columns.put("accused", snapshot.accused().stream().map(DelegationCode::value).toArray(String[]::new));
		columns.put("replyDue", snapshot.replyDueAt() == null ? null : utc(snapshot.replyDueAt()));
		columns.put("determined", snapshot.determinedAt() == null ? null : utc(snapshot.determinedAt()));
		columns.put("snapshot", json);
		return columns;
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(JSON.readValue(rs.getString("snapshot"), CaseSnapshot.class), rs.getInt("revision"));
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** A stored case with the number of its latest revision. */
	record Stored(CaseSnapshot snapshot, int revision) {
	}

	/** One revision of a case: what was done and the full state after it. */
	record Revision(int number, Instant at, String action, CaseSnapshot snapshot) {
	}
}
