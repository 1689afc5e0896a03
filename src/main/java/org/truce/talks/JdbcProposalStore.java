package org.truce.talks;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.Viewer;
import org.truce.core.VisibilityFilter;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerRecord;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.RevisionSubject;
import org.truce.ledger.SubjectContent;

import static org.truce.talks.Stored.delegation;
import static org.truce.talks.Stored.instant;
import static org.truce.talks.Stored.utc;

/**
 * Proposals in PostgreSQL. Versions, positions and status changes are inserted, never updated, each logged in the ledger
 * in the caller's transaction with its salt kept in its row: a version as {@code <proposal id>/<version>}, a position
 * as {@code <proposal id>/<version>/<delegation>/<number>}, a status change as {@code <proposal id>/status/<number>}.
 */
@Repository
class JdbcProposalStore {

	static final String SUBMITTED = "proposal.submitted";
	static final String VERSION_ADDED = "proposal.version-added";
	static final String POSITION_TAKEN = "proposal.position-taken";
	static final String STATUS_CHANGED = "proposal.status-changed";
	static final List<String> TYPES = List.of(SUBMITTED, VERSION_ADDED, POSITION_TAKEN, STATUS_CHANGED);

	private static final String SUMMARY = """
			SELECT p.id, p.title, p.submitted_by, p.confidentiality, p.status, p.current_version, p.submitted_at
			FROM proposal p""";

	private final JdbcClient jdbc;
	private final Ledger ledger;

	JdbcProposalStore(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	LedgerTicket insert(Proposal proposal, String username) {
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
		return insertVersion(details, proposal.current(), username);
	}

	LedgerTicket appendVersion(Proposal proposal, ProposalVersion version, String username) {
		var ticket = insertVersion(proposal.summary(), version, username);
		jdbc.sql("UPDATE proposal SET current_version = ? WHERE id = ?").params(version.number(), proposal.id().value()).update();
		return ticket;
	}

	LedgerTicket appendPosition(ProposalId id, Position position, String username) {
		var content = SubjectContent.salted(positionContent(id, position));
		jdbc.sql("""
				INSERT INTO proposal_position (proposal_id, version, delegation, number, stance, text, taken_at, taken_by_user,
				                               salt)
				VALUES (:id, :version, :delegation, :number, :stance, :text, :at, :user, :salt)""")
			.param("id", id.value())
			.param("version", position.version())
			.param("delegation", position.delegation().value())
			.param("number", position.number())
			.param("stance", position.stance().name())
			.param("text", position.text())
			.param("at", utc(position.takenAt()))
			.param("user", username)
			.param("salt", content.salt())
			.update();
		return ledger.record(new LedgerRecord(POSITION_TAKEN, positionSubject(id, position), position.delegation(),
				position.takenAt(), content));
	}

	LedgerTicket appendStatusChange(Proposal proposal, StatusChange change, String username) {
		var content = SubjectContent.salted(statusContent(proposal.id(), change));
		jdbc.sql("""
				INSERT INTO proposal_status_change (proposal_id, number, from_status, to_status, reason, changed_by,
				                                    changed_by_user, changed_at, salt)
				VALUES (:id, :number, :from, :to, :reason, :by, :user, :at, :salt)""")
			.param("id", proposal.id().value())
			.param("number", change.number())
			.param("from", change.from().name())
			.param("to", change.to().name())
			.param("reason", change.reason())
			.param("by", change.changedBy().value())
			.param("user", username)
			.param("at", utc(change.changedAt()))
			.param("salt", content.salt())
			.update();
		jdbc.sql("UPDATE proposal SET status = ? WHERE id = ?").params(change.to().name(), proposal.id().value()).update();
		return ledger.record(new LedgerRecord(STATUS_CHANGED, statusSubject(proposal.id(), change.number()), change.changedBy(),
				change.changedAt(), content));
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

	private LedgerTicket insertVersion(ProposalSummary proposal, ProposalVersion version, String username) {
		var content = SubjectContent.salted(versionContent(proposal, version));
		jdbc.sql("""
				INSERT INTO proposal_version (proposal_id, version, text, reason, recorded_by, recorded_by_user, recorded_at, salt)
				VALUES (:id, :version, :text, :reason, :by, :user, :at, :salt)""")
			.param("id", proposal.id().value())
			.param("version", version.number())
			.param("text", version.text())
			.param("reason", version.reason())
			.param("by", version.recordedBy().value())
			.param("user", username)
			.param("at", utc(version.recordedAt()))
			.param("salt", content.salt())
			.update();
		return ledger.record(new LedgerRecord(version.number() == 1 ? SUBMITTED : VERSION_ADDED,
				versionSubject(proposal.id(), version.number()), version.recordedBy(), version.recordedAt(), content));
	}

	/** The stored versions, positions and status changes as the ledger hashed them, for re-verification. */
	Map<String, SubjectContent> logged(String type, Collection<String> subjectIds) {
		var contents = new HashMap<String, SubjectContent>();
		for (var subject : subjectIds) {
			var parts = subject.split("/");
			var proposal = proposalId(parts[0]).flatMap(this::find);
			if (proposal.isEmpty()) {
				continue;
			}
			var summary = proposal.get().summary();
			var details = proposal.get().details(Viewer.anonymous());
			Optional<SubjectContent> content = switch (type) {
				case SUBMITTED, VERSION_ADDED -> RevisionSubject.parse(subject)
					.filter(revision -> (revision.revision() == 1) == type.equals(SUBMITTED))
					.flatMap(revision -> details.versions().stream().filter(v -> v.number() == revision.revision()).findFirst())
					.flatMap(version -> salt("proposal_version", "version = ?", summary.id(), version.number())
						.map(salt -> SubjectContent.of(salt, versionContent(summary, version))));
				case POSITION_TAKEN -> details.positions().stream().filter(p -> positionSubject(summary.id(), p).equals(subject))
					.findFirst()
					.flatMap(position -> salt("proposal_position", "version = ? AND delegation = ? AND number = ?", summary.id(),
							position.version(), position.delegation().value(), position.number())
						.map(salt -> SubjectContent.of(salt, positionContent(summary.id(), position))));
				case STATUS_CHANGED -> details.statusChanges().stream()
					.filter(c -> subject.equals(statusSubject(summary.id(), c.number())))
					.findFirst()
					.flatMap(change -> salt("proposal_status_change", "number = ?", summary.id(), change.number())
						.map(salt -> SubjectContent.of(salt, statusContent(summary.id(), change))));
				default -> Optional.empty();
			};
			content.ifPresent(found -> contents.put(subject, found));
		}
		return contents;
	}

	private Optional<byte[]> salt(String table, String condition, ProposalId id, Object... key) {
		var params = new Object[key.length + 1];
		params[0] = id.value();
		System.arraycopy(key, 0, params, 1, key.length);
		return jdbc.sql("SELECT salt FROM " + table + " WHERE proposal_id = ? AND " + condition + " AND salt IS NOT NULL")
			.params(params)
			.query(byte[].class)
			.optional();
	}

	/** A version's content; the first, as tabled, also covers the proposal's title, submitter and level. */
	private static Map<String, Object> versionContent(ProposalSummary proposal, ProposalVersion version) {
		var content = new HashMap<String, Object>();
		content.put("proposalId", proposal.id().toString());
		content.put("version", version.number());
		content.put("text", version.text());
		content.put("reason", version.reason());
		content.put("recordedBy", version.recordedBy().value());
		content.put("recordedAt", version.recordedAt().toString());
		if (version.number() == 1) {
			content.put("title", proposal.title());
			content.put("submittedBy", proposal.submittedBy().value());
			content.put("confidentiality", proposal.confidentiality().name());
		}
		return content;
	}

	private static Map<String, Object> positionContent(ProposalId id, Position position) {
		var content = new HashMap<String, Object>();
		content.put("proposalId", id.toString());
		content.put("version", position.version());
		content.put("delegation", position.delegation().value());
		content.put("number", position.number());
		content.put("position", position.stance().name());
		content.put("text", position.text());
		content.put("takenAt", position.takenAt().toString());
		return content;
	}

	private static Map<String, Object> statusContent(ProposalId id, StatusChange change) {
		return Map.of("proposalId", id.toString(), "number", change.number(), "from", change.from().name(), "to",
				change.to().name(), "reason", change.reason(), "changedBy", change.changedBy().value(), "changedAt",
				change.changedAt().toString());
	}

	/** How the ledger names a version: {@code <proposal id>/<version>}. */
	static String versionSubject(ProposalId id, int version) {
		return new RevisionSubject(id.value(), version).toString();
	}

	/** How the ledger names a position: {@code <proposal id>/<version>/<delegation>/<number>}. */
	static String positionSubject(ProposalId id, int version, DelegationCode delegation, int number) {
		return id + "/" + version + "/" + delegation + "/" + number;
	}

	/** How the ledger names a status change: {@code <proposal id>/status/<number>}. */
	static String statusSubject(ProposalId id, int number) {
		return id + "/status/" + number;
	}

	private static String positionSubject(ProposalId id, Position position) {
		return positionSubject(id, position.version(), position.delegation(), position.number());
	}

	private static Optional<ProposalId> proposalId(String text) {
		try {
			return Optional.of(new ProposalId(UUID.fromString(text)));
		}
		catch (IllegalArgumentException notAProposal) {
			return Optional.empty();
		}
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
