package org.truce.meeting;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.core.DelegationCode;
import tools.jackson.databind.json.JsonMapper;

/** Meetings as JSON snapshots with every revision kept, and the action items they decide. */
@Repository
class JdbcMeetingStore {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	JdbcMeetingStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(Meeting meeting, int expectedRevision, String action, String username, Instant at) {
		var snapshot = meeting.snapshot();
		var json = JSON.writeValueAsString(snapshot);
		int revision = expectedRevision + 1;
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
				INSERT INTO meeting_revision (meeting_id, revision, recorded_at, recorded_by, action, snapshot)
				VALUES (:id, :revision, :at, :by, :action, CAST(:snapshot AS jsonb))""")
			.param("id", snapshot.id().value())
			.param("revision", revision)
			.param("at", utc(at))
			.param("by", username)
			.param("action", action)
			.param("snapshot", json)
			.update();
	}

	Optional<Stored> lock(MeetingId id) {
		return jdbc.sql("SELECT snapshot, revision FROM meeting WHERE id = ? FOR UPDATE").param(id.value())
			.query(JdbcMeetingStore::stored).optional();
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

	void insertActionItem(ActionItem item, String username) {
		jdbc.sql("""
				INSERT INTO meeting_action_item (id, meeting_id, text, owner, due_at, decided_by)
				VALUES (:id, :meeting, :text, :owner, :due, :by)""")
			.param("id", item.id())
			.param("meeting", item.decidedAt().value())
			.param("text", item.text())
			.param("owner", item.owner().value())
			.param("due", utc(item.dueAt()))
			.param("by", username)
			.update();
	}

	void closeActionItem(UUID id, Instant at, String note, String username) {
		jdbc.sql("UPDATE meeting_action_item SET closed_at = :at, closing_note = :note, closed_by = :by WHERE id = :id AND closed_at IS NULL")
			.param("at", utc(at)).param("note", note).param("by", username).param("id", id).update();
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

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	record Stored(MeetingSnapshot snapshot, int revision) {
	}
}
