package org.truce.talks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.core.Confidentiality;
import org.truce.core.Viewer;
import org.truce.core.VisibilityFilter;

import static org.truce.talks.Stored.delegation;
import static org.truce.talks.Stored.instant;
import static org.truce.talks.Stored.utc;

/** Proposals in PostgreSQL. Versions, positions and status changes are inserted, never updated. */
@Repository
class JdbcProposalStore {

	private static final String SUMMARY = """
			SELECT p.id, p.title, p.submitted_by, p.confidentiality, p.status, p.current_version, p.submitted_at
			FROM proposal p""";

	private final JdbcClient jdbc;

	JdbcProposalStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(Proposal proposal, String username) {
		var details = proposal.summary();
		jdbc.sql("""
				INSERT INTO proposal (id, title, submitted_by, submitted_by_user, confidentiality, submitted_at, status,
				                      current_version)
				VALUES (:id, :title, :by, :user, :level, :at, :status, 1)""")
			.param("id", details.id().value())
			.param("title", details.title())
			.param("by", details.submittedBy().value())
			.param("user", username)
			.param("level", details.confidentiality().name())
			.param("at", utc(details.submittedAt()))
			.param("status", details.status().name())
			.update();
		insertVersion(proposal.id(), proposal.current(), username);
	}

	void appendVersion(Proposal proposal, ProposalVersion version, String username) {
		insertVersion(proposal.id(), version, username);
		jdbc.sql("UPDATE proposal SET current_version = ? WHERE id = ?").params(version.number(), proposal.id().value()).update();
	}

	void appendPosition(ProposalId id, Position position, String username) {
		jdbc.sql("""
				INSERT INTO proposal_position (proposal_id, version, delegation, number, stance, text, taken_at, taken_by_user)
				VALUES (:id, :version, :delegation, :number, :stance, :text, :at, :user)""")
			.param("id", id.value())
			.param("version", position.version())
			.param("delegation", position.delegation().value())
			.param("number", position.number())
			.param("stance", position.stance().name())
			.param("text", position.text())
			.param("at", utc(position.takenAt()))
			.param("user", username)
			.update();
	}

	void appendStatusChange(Proposal proposal, StatusChange change, String username) {
		jdbc.sql("""
				INSERT INTO proposal_status_change (proposal_id, number, from_status, to_status, reason, changed_by,
				                                    changed_by_user, changed_at)
				VALUES (:id, :number, :from, :to, :reason, :by, :user, :at)""")
			.param("id", proposal.id().value())
			.param("number", change.number())
			.param("from", change.from().name())
			.param("to", change.to().name())
			.param("reason", change.reason())
			.param("by", change.changedBy().value())
			.param("user", username)
			.param("at", utc(change.changedAt()))
			.update();
		jdbc.sql("UPDATE proposal SET status = ? WHERE id = ?").params(change.to().name(), proposal.id().value()).update();
	}

	Optional<Proposal> find(ProposalId id) {
		return jdbc.sql("SELECT id, title, submitted_by, confidentiality, submitted_at, status FROM proposal WHERE id = ?")
			.param(id.value())
			.query((rs, row) -> new Proposal(id, rs.getString("title"), delegation(rs, "submitted_by"),
					Confidentiality.valueOf(rs.getString("confidentiality")), instant(rs, "submitted_at"),
					ProposalStatus.valueOf(rs.getString("status")), versions(id), positions(id), statusChanges(id)))
			.optional();
	}

	/** Loads a proposal and locks it until the transaction ends. */
	Optional<Proposal> lock(ProposalId id) {
		return jdbc.sql("SELECT id FROM proposal WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).optional()
			.flatMap(locked -> find(id));
	}

	List<ProposalSummary> list(@Nullable ProposalStatus status, Viewer viewer) {
		var visibility = VisibilityFilter.of(viewer, "p.confidentiality", "p.submitted_by");
		Map<String, Object> params = new HashMap<>(visibility.parameters());
		var where = " WHERE " + visibility.sql();
		if (status != null) {
			where += " AND p.status = :status";
			params.put("status", status.name());
		}
		return jdbc.sql(SUMMARY + where + " ORDER BY p.submitted_at DESC, p.id")
			.params(params)
			.query((rs, row) -> new ProposalSummary(new ProposalId(rs.getObject("id", UUID.class)), rs.getString("title"),
					delegation(rs, "submitted_by"), Confidentiality.valueOf(rs.getString("confidentiality")),
					ProposalStatus.valueOf(rs.getString("status")), rs.getInt("current_version"), instant(rs, "submitted_at")))
			.list();
	}

	private void insertVersion(ProposalId id, ProposalVersion version, String username) {
		jdbc.sql("""
				INSERT INTO proposal_version (proposal_id, version, text, reason, recorded_by, recorded_by_user, recorded_at)
				VALUES (:id, :version, :text, :reason, :by, :user, :at)""")
			.param("id", id.value())
			.param("version", version.number())
			.param("text", version.text())
			.param("reason", version.reason())
			.param("by", version.recordedBy().value())
			.param("user", username)
			.param("at", utc(version.recordedAt()))
			.update();
	}

	private List<ProposalVersion> versions(ProposalId id) {
		return jdbc.sql("""
				SELECT version, text, reason, recorded_by, recorded_at FROM proposal_version
				WHERE proposal_id = ? ORDER BY version""")
			.param(id.value())
			.query((rs, row) -> new ProposalVersion(rs.getInt("version"), rs.getString("text"), rs.getString("reason"),
					delegation(rs, "recorded_by"), instant(rs, "recorded_at")))
			.list();
	}

	private List<Position> positions(ProposalId id) {
		return jdbc.sql("""
				SELECT version, delegation, number, stance, text, taken_at FROM proposal_position
				WHERE proposal_id = ? ORDER BY taken_at, version, delegation, number""")
			.param(id.value())
			.query((rs, row) -> new Position(rs.getInt("version"), delegation(rs, "delegation"), rs.getInt("number"),
					Stance.valueOf(rs.getString("stance")), rs.getString("text"), instant(rs, "taken_at")))
			.list();
	}

	private List<StatusChange> statusChanges(ProposalId id) {
		return jdbc.sql("""
				SELECT number, from_status, to_status, reason, changed_by, changed_at FROM proposal_status_change
				WHERE proposal_id = ? ORDER BY number""")
			.param(id.value())
			.query((rs, row) -> new StatusChange(rs.getInt("number"), ProposalStatus.valueOf(rs.getString("from_status")),
					ProposalStatus.valueOf(rs.getString("to_status")), rs.getString("reason"), delegation(rs, "changed_by"),
					instant(rs, "changed_at")))
			.list();
	}
}
