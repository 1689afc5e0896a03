package org.truce.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

/** Meetings as JSON snapshots with every revision kept, and the action items they decide. */
@Repository
class JdbcMeetingStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;
	private final Ledger ledger;

	JdbcMeetingStore(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	/**
	 * Saves the meeting's next revision and logs it in the ledger, in the caller's transaction: in the name of the
	 * delegation that acted, or of the organiser where naming it would disclose who attends.
	 */
	LedgerTicket save(Meeting meeting, int expectedRevision, MeetingChange change, String action, Viewer.Member by, Instant at) {
		var snapshot = meeting.snapshot();
		var json = JSON.writeValueAsString(snapshot);
		int revision = expectedRevision + 1;
		var content = SubjectContent.salted(revisionContent(json, by.delegation().value()));
		var ticket = ledger.record(new LedgerRecord(change.ledgerType(),
				new RevisionSubject(snapshot.id().value(), revision).toString(),
				change.disclosesAttendance() ? snapshot.organiser() : by.delegation(), at, content));
		int written = expectedRevision == 0
				? jdbc.sql("INSERT INTO meeting (id, starts_at, status, snapshot, revision) VALUES (:id, :starts, :status, CAST(:snapshot AS jsonb), 1)")
					.param("id", snapshot.id().value())
					.param("starts", utc(snapshot.startsAt()))
					.param("status", snapshot.status().name())
					.param("snapshot", json)
					.update()
				: jdbc.sql("""
						UPDATE meeting SET starts_at = :starts, status = :status, snapshot = CAST(:snapshot AS jsonb), revision = :revision
						WHERE id = :id AND revision = :expected""")
					.param("id", snapshot.id().value())
					.param("starts", utc(snapshot.startsAt()))
					.param("status", snapshot.status().name())
					.param("snapshot", json)
					.param("revision", revision)
					.param("expected", expectedRevision)
					.update();
		if (written != 1) {
			throw new IllegalStateException("Meeting " + snapshot.id() + " changed concurrently");
		}
		jdbc.sql("""
				INSERT INTO meeting_revision (meeting_id, revision, recorded_at, recorded_by, recorded_by_delegation, action, snapshot,
				                              salt)
				VALUES (:id, :revision, :at, :by, :delegation, :action, CAST(:snapshot AS jsonb), :salt)""")
			.param("id", snapshot.id().value())
			.param("revision", revision)
			.param("at", utc(at))
			.param("by", by.username())
			.param("delegation", by.delegation().value())
			.param("action", action)
			.param("snapshot", json)
			.param("salt", content.salt())
			.update();
		return ticket;
	}

	Optional<Stored> lock(MeetingId id) {
		return jdbc.sql("SELECT snapshot, revision FROM meeting WHERE id = ? FOR UPDATE").param(id.value())
			.query(JdbcMeetingStore::stored).optional();
	}

	/** The number of the meeting's latest revision; 0 for a meeting never stored. */
	int lastRevision(MeetingId id) {
		return jdbc.sql("SELECT revision FROM meeting WHERE id = ?").param(id.value()).query(Integer.class).optional().orElse(0);
	}

	/** Every revision of the meeting, oldest first: what was done, when, and the whole meeting after it. */
	List<Revision> revisions(MeetingId id) {
		return jdbc.sql("SELECT revision, recorded_at, action, snapshot FROM meeting_revision WHERE meeting_id = ? ORDER BY revision")
			.param(id.value())
			.query((rs, row) -> new Revision(rs.getInt("revision"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
					rs.getString("action"), JSON.readValue(rs.getString("snapshot"), MeetingSnapshot.class)))
			.list();
	}

	Optional<MeetingSnapshot> find(MeetingId id) {
		return jdbc.sql("SELECT snapshot, revision FROM meeting WHERE id = ?").param(id.value())
			.query(JdbcMeetingStore::stored).optional().map(Stored::snapshot);
	}

	List<MeetingSnapshot> all() {
		return jdbc.sql("SELECT snapshot, revision FROM meeting ORDER BY starts_at").query(JdbcMeetingStore::stored).list()
			.stream().map(Stored::snapshot).toList();
	}

	/** The meeting held or scheduled last before the instant, not cancelled: the one a review covers the period since. */
	Optional<MeetingSnapshot> previous(Instant before) {
		return jdbc.sql("SELECT snapshot, revision FROM meeting WHERE starts_at < ? AND status <> 'CANCELLED' ORDER BY starts_at DESC LIMIT 1")
			.param(utc(before)).query(JdbcMeetingStore::stored).optional().map(Stored::snapshot);
	}

	LedgerTicket insertActionItem(ActionItem item, Viewer.Member by, Instant at) {
		var content = SubjectContent.salted(decided(item));
		jdbc.sql("""
				INSERT INTO meeting_action_item (id, meeting_id, text, owner, due_at, decided_by, salt)
				VALUES (:id, :meeting, :text, :owner, :due, :by, :salt)""")
			.param("id", item.id())
			.param("meeting", item.meetingId().value())
			.param("text", item.text())
			.param("owner", item.owner().value())
			.param("due", utc(item.dueAt()))
			.param("by", by.username())
			.param("salt", content.salt())
			.update();
		return ledger.record(new LedgerRecord(MeetingChange.ACTION_ITEM_DECIDED, item.id().toString(), by.delegation(), at, content));
	}

	LedgerTicket closeActionItem(UUID id, Instant at, String note, Viewer.Member by) {
		var content = SubjectContent.salted(closed(id, at, note));
		jdbc.sql("""
				UPDATE meeting_action_item SET closed_at = :at, closing_note = :note, closed_by = :by, closure_salt = :salt
				WHERE id = :id AND closed_at IS NULL""")
			.param("at", utc(at)).param("note", note).param("by", by.username()).param("salt", content.salt()).param("id", id)
			.update();
		return ledger.record(new LedgerRecord(MeetingChange.ACTION_ITEM_CLOSED, id.toString(), by.delegation(), at, content));
	}

	/** The stored meeting revisions and action items as the ledger hashed them, for re-verification. */
	Map<String, SubjectContent> logged(String type, Collection<String> subjectIds) {
		var contents = new HashMap<String, SubjectContent>();
		for (var subject : subjectIds) {
			if (type.equals(MeetingChange.ACTION_ITEM_DECIDED) || type.equals(MeetingChange.ACTION_ITEM_CLOSED)) {
				actionItemContent(type, subject).ifPresent(content -> contents.put(subject, content));
			}
			else {
				RevisionSubject.parse(subject).flatMap(revision -> jdbc.sql("""
						SELECT CAST(snapshot AS text) AS snapshot, recorded_by_delegation, salt FROM meeting_revision
						WHERE meeting_id = ? AND revision = ? AND salt IS NOT NULL""")
					.params(revision.id(), revision.revision())
					.query((rs, row) -> SubjectContent.of(rs.getBytes("salt"),
							revisionContent(rs.getString("snapshot"), rs.getString("recorded_by_delegation"))))
					.optional())
					.ifPresent(content -> contents.put(subject, content));
			}
		}
		return contents;
	}

	private Optional<SubjectContent> actionItemContent(String type, String subject) {
		UUID id;
		try {
			id = UUID.fromString(subject);
		}
		catch (IllegalArgumentException notAnItem) {
			return Optional.empty();
		}
		boolean decision = type.equals(MeetingChange.ACTION_ITEM_DECIDED);
		return jdbc.sql("SELECT *, " + (decision ? "salt" : "closure_salt") + " AS entry_salt FROM meeting_action_item WHERE id = ?")
			.param(id)
			.query((rs, row) -> new SaltedItem(actionItem(rs, row), rs.getBytes("entry_salt")))
			.optional()
			.filter(found -> found.salt() != null && (decision || found.item().closedAt() != null))
			.map(found -> SubjectContent.of(Objects.requireNonNull(found.salt()), decision ? decided(found.item())
					: closed(found.item().id(), Objects.requireNonNull(found.item().closedAt()),
							Objects.requireNonNullElse(found.item().closingNote(), ""))));
	}

	/**
	 * A revision's content: the snapshot and the delegation that made the change, which the entry may not name. Revisions
	 * logged before the delegation was recorded hash their snapshot alone.
	 */
	private static Map<String, Object> revisionContent(String snapshot, @Nullable String recordedBy) {
		var content = new HashMap<>(JsonContent.of(snapshot));
		if (recordedBy != null) {
			content.put("recordedBy", recordedBy);
		}
		return content;
	}

	private record SaltedItem(ActionItem item, byte @Nullable [] salt) {
	}

	private static Map<String, Object> decided(ActionItem item) {
		return Map.of("id", item.id().toString(), "meetingId", item.meetingId().toString(), "text", item.text(), "owner",
				item.owner().value(), "dueAt", micros(item.dueAt()));
	}

	private static Map<String, Object> closed(UUID id, Instant at, String note) {
		return Map.of("id", id.toString(), "closedAt", micros(at), "closingNote", note);
	}

	private static String micros(Instant at) {
		return at.truncatedTo(ChronoUnit.MICROS).toString();
	}

	Optional<ActionItem> actionItem(UUID id) {
		return jdbc.sql("SELECT * FROM meeting_action_item WHERE id = ?").param(id).query(JdbcMeetingStore::actionItem).optional();
	}

	/** Action items still open, of meetings before the given one (or of all meetings). */
	List<ActionItem> openActionItems(@Nullable Instant decidedBefore) {
		return jdbc.sql("""
				SELECT a.* FROM meeting_action_item a JOIN meeting m ON m.id = a.meeting_id
				WHERE a.closed_at IS NULL AND (CAST(:before AS timestamptz) IS NULL OR m.starts_at < :before) ORDER BY a.due_at, a.id""")
			.param("before", decidedBefore == null ? null : utc(decidedBefore))
			.query(JdbcMeetingStore::actionItem)
			.list();
	}

	List<ActionItem> actionItemsOf(MeetingId meeting) {
		return jdbc.sql("SELECT * FROM meeting_action_item WHERE meeting_id = ? ORDER BY due_at, id").param(meeting.value())
			.query(JdbcMeetingStore::actionItem).list();
	}

	private static ActionItem actionItem(ResultSet rs, int row) throws SQLException {
		var closed = rs.getObject("closed_at", OffsetDateTime.class);
		return new ActionItem(rs.getObject("id", UUID.class), new MeetingId(rs.getObject("meeting_id", UUID.class)),
				rs.getString("text"), new DelegationCode(rs.getString("owner")),
				rs.getObject("due_at", OffsetDateTime.class).toInstant(), closed == null ? null : closed.toInstant(),
				rs.getString("closing_note"));
	}

	private static Stored stored(ResultSet rs, int row) throws SQLException {
		return new Stored(JSON.readValue(rs.getString("snapshot"), MeetingSnapshot.class), rs.getInt("revision"));
	}

	/** Truncated, not left to PostgreSQL, which would round: what was hashed must be what is read back. */
	private static OffsetDateTime utc(Instant instant) {
		return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
	}

	record Stored(MeetingSnapshot snapshot, int revision) {
	}

	record Revision(int number, Instant at, String action, MeetingSnapshot snapshot) {
	}
}
