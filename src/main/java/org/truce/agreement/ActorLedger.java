package org.truce.agreement;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.truce.core.DelegationCode;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerRecord;
import org.truce.ledger.LedgerSubjects;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.RevisionSubject;
import org.truce.ledger.SubjectContent;

/**
 * The actor registry's side of the ledger. An actor is kept in revisions, each logged as {@code <actor id>/<revision>}:
 * its registration, an alias or an affiliation added, a seed bringing it up to date (a new name, kind or UCDP id, the
 * aliases and affiliations it lacked). A revision's content is the actor's name, kind and UCDP id after it, with the
 * aliases and affiliations it added; {@code actor_revision} keeps each revision's name, kind and UCDP id, and the latest
 * is checked against the actor's row, which the registry reads. A designation is logged as {@code <designation id>}, a
 * dispute of it as {@code <designation id>/disputes/<delegation>}. Rows keep their entry's salt; nothing is updated but
 * the actor's current name, kind and UCDP id. The registry is read by every delegation, and the log names the
 * delegation that acted.
 */
@Component
class ActorLedger implements LedgerSubjects {

	static final String REGISTERED = "actor.registered";
	static final String ALIAS_ADDED = "actor.alias-added";
	static final String AFFILIATION_ADDED = "actor.affiliation-added";
	static final String REVISED = "actor.revised";
	static final String DESIGNATED = "actor.designated";
	static final String DISPUTED = "actor.designation-disputed";
	private static final Set<String> REVISIONS = Set.of(REGISTERED, ALIAS_ADDED, AFFILIATION_ADDED, REVISED);

	private final JdbcClient jdbc;
	private final Ledger ledger;

	ActorLedger(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Override
	public Set<String> types() {
		return Set.of(REGISTERED, ALIAS_ADDED, AFFILIATION_ADDED, REVISED, DESIGNATED, DISPUTED);
	}

	/** The number the actor's next revision takes: 1 for an actor registered before the ledger logged the registry. */
	int nextRevision(ActorId actor) {
		return latestRevision(actor).orElse(0) + 1;
	}

	/** The number of the actor's latest logged revision; none for an actor unchanged since before the ledger logged it. */
	Optional<Integer> latestRevision(ActorId actor) {
		return jdbc.sql("SELECT revision FROM actor_revision WHERE actor_id = ? ORDER BY revision DESC LIMIT 1")
			.param(actor.value())
			.query(Integer.class)
			.optional();
	}

	/** Keeps the revision, whose aliases and affiliations are already stored under its number, and logs it. */
	LedgerTicket revised(String type, Revision revision) {
		var content = SubjectContent.salted(revision.content());
		jdbc.sql("""
				INSERT INTO actor_revision (actor_id, revision, name, kind, ucdp_id, recorded_by, recorded_at, salt)
				VALUES (:actor, :revision, :name, :kind, :ucdp, :by, :at, :salt)""")
			.param("actor", revision.actor().value())
			.param("revision", revision.number())
			.param("name", revision.name())
			.param("kind", revision.kind().name())
			.param("ucdp", revision.ucdpId())
			.param("by", revision.recordedBy().value())
			.param("at", Rows.utc(revision.recordedAt()))
			.param("salt", content.salt())
			.update();
		return ledger.record(new LedgerRecord(type, new RevisionSubject(revision.actor().value(), revision.number()).toString(),
				revision.recordedBy(), revision.recordedAt(), content));
	}

	LedgerTicket designated(Designation designation, SubjectContent content) {
		return ledger.record(new LedgerRecord(DESIGNATED, designation.id().toString(), designation.designatedBy(),
				designation.recordedAt(), content));
	}

	LedgerTicket disputed(DesignationId designation, Dispute dispute, SubjectContent content) {
		return ledger.record(new LedgerRecord(DISPUTED, disputeSubject(designation, dispute.disputedBy()), dispute.disputedBy(),
				dispute.disputedAt(), content));
	}

	/** The logged subject with the content it hashes, once logged. */
	Optional<LoggedSubject> entryOf(String subjectId) {
		return ledger.logged(this, subjectId);
	}

	static String disputeSubject(DesignationId designation, DelegationCode by) {
		return designation + "/disputes/" + by;
	}

	static Map<String, Object> designationContent(ActorId actor, Designation designation) {
		var content = new HashMap<String, Object>();
		content.put("designationId", designation.id().toString());
		content.put("actorId", actor.toString());
		content.put("kind", designation.kind().name());
		content.put("effectiveFrom", designation.effective().from().toString());
		content.put("effectiveTo", designation.effective().to() == null ? null : designation.effective().to().toString());
		content.put("designatedBy", designation.designatedBy().value());
		content.put("basis", designation.basis());
		content.put("recordedAt", designation.recordedAt().toString());
		return content;
	}

	static Map<String, Object> disputeContent(DesignationId designation, Dispute dispute) {
		return Map.of("designationId", designation.toString(), "disputedBy", dispute.disputedBy().value(), "reason",
				dispute.reason(), "disputedAt", dispute.disputedAt().toString());
	}

	@Override
	public Map<String, SubjectContent> contents(String type, Collection<String> subjectIds) {
		var ids = Rows.leadingIds(subjectIds);
		var contents = new HashMap<String, SubjectContent>();
		if (ids.isEmpty()) {
			return contents;
		}
		if (REVISIONS.contains(type)) {
			revisions(ids).forEach((subject, revision) -> contents.put(subject,
					SubjectContent.of(revision.salt(), revision.revision().content())));
		}
		else if (type.equals(DESIGNATED)) {
			jdbc.sql("""
					SELECT id, actor_id, kind, effective_from, effective_to, designated_by, basis, recorded_at, salt
					FROM designation WHERE id IN (:ids) AND salt IS NOT NULL""")
				.param("ids", ids)
				.query((ResultSet rs) -> {
					var designation = JdbcActors.designation(rs, List.of());
					contents.put(designation.id().toString(), SubjectContent.of(rs.getBytes("salt"),
							designationContent(new ActorId(rs.getObject("actor_id", UUID.class)), designation)));
				});
		}
		else if (type.equals(DISPUTED)) {
			jdbc.sql("""
					SELECT designation_id, disputed_by, reason, disputed_at, salt FROM designation_dispute
					WHERE designation_id IN (:ids) AND salt IS NOT NULL""")
				.param("ids", ids)
				.query((ResultSet rs) -> {
					var designation = new DesignationId(rs.getObject("designation_id", UUID.class));
					var dispute = JdbcActors.dispute(rs);
					contents.put(disputeSubject(designation, dispute.disputedBy()),
							SubjectContent.of(rs.getBytes("salt"), disputeContent(designation, dispute)));
				});
		}
		contents.keySet().retainAll(Set.copyOf(subjectIds));
		return contents;
	}

	/** Every logged revision of the actors as stored now, by subject, the latest with the actor's row's name, kind and id. */
	private Map<String, StoredRevision> revisions(List<UUID> actors) {
		var aliases = Rows.grouped(jdbc.sql("""
				SELECT actor_id, revision, alias FROM actor_alias WHERE actor_id IN (:ids) AND revision IS NOT NULL""")
			.param("ids", actors)
			.query((rs, row) -> Map.entry(new RevisionSubject(rs.getObject("actor_id", UUID.class), rs.getInt("revision")),
					rs.getString("alias")))
			.list());
		var affiliations = Rows.grouped(jdbc.sql("""
				SELECT id, actor_id, revision, party, backer_id, effective_from, effective_to FROM actor_affiliation
				WHERE actor_id IN (:ids) AND revision IS NOT NULL""")
			.param("ids", actors)
			.query((rs, row) -> {
				var party = rs.getString("party");
				var backer = rs.getObject("backer_id", UUID.class);
				return Map.entry(new RevisionSubject(rs.getObject("actor_id", UUID.class), rs.getInt("revision")),
						new Affiliated(rs.getObject("id", UUID.class), party == null ? null : new DelegationCode(party),
								backer == null ? null : new ActorId(backer), Rows.period(rs)));
			})
			.list());
		var revisions = new HashMap<String, StoredRevision>();
		jdbc.sql("""
				SELECT r.actor_id, r.revision, r.recorded_by, r.recorded_at, r.salt,
				       CASE WHEN r.revision = max(r.revision) OVER w THEN a.name ELSE r.name END AS name,
				       CASE WHEN r.revision = max(r.revision) OVER w THEN a.kind ELSE r.kind END AS kind,
				       CASE WHEN r.revision = max(r.revision) OVER w THEN a.ucdp_id ELSE r.ucdp_id END AS ucdp_id
				FROM actor_revision r JOIN actor a ON a.id = r.actor_id
				WHERE r.actor_id IN (:ids)
				WINDOW w AS (PARTITION BY r.actor_id)""")
			.param("ids", actors)
			.query((ResultSet rs) -> {
				var subject = new RevisionSubject(rs.getObject("actor_id", UUID.class), rs.getInt("revision"));
				revisions.put(subject.toString(), new StoredRevision(new Revision(new ActorId(subject.id()), subject.revision(),
						rs.getString("name"), ActorKind.valueOf(rs.getString("kind")), rs.getObject("ucdp_id", Integer.class),
						aliases.getOrDefault(subject, List.of()), affiliations.getOrDefault(subject, List.of()),
						new DelegationCode(rs.getString("recorded_by")), Rows.instant(rs, "recorded_at")), rs.getBytes("salt")));
			});
		return revisions;
	}

	/**
	 * One change of an actor, as logged: what the actor is after it, and the aliases and affiliations it added.
	 *
	 * @param number the revision's, from 1
	 */
	record Revision(ActorId actor, int number, String name, ActorKind kind, @Nullable Integer ucdpId, List<String> aliases,
			List<Affiliated> affiliations, DelegationCode recordedBy, Instant recordedAt) {

		Revision {
			aliases = aliases.stream().sorted().toList();
			affiliations = affiliations.stream().sorted(Comparator.comparing(a -> a.id().toString())).toList();
		}

		Map<String, Object> content() {
			var content = new HashMap<String, Object>();
			content.put("actorId", actor.toString());
			content.put("revision", number);
			content.put("name", name);
			content.put("kind", kind.name());
			content.put("ucdpId", ucdpId);
			content.put("aliases", aliases);
			content.put("affiliations", affiliations.stream().map(Affiliated::content).toList());
			content.put("recordedBy", recordedBy.value());
			content.put("recordedAt", recordedAt.toString());
			return content;
		}
	}

	/** An affiliation as stored, with its id: to a party or to a backing actor. */
	record Affiliated(UUID id, @Nullable DelegationCode party, @Nullable ActorId backer, EffectivePeriod effective) {

		Map<String, Object> content() {
			var content = new HashMap<String, Object>();
			content.put("affiliationId", id.toString());
			content.put("party", party == null ? null : party.value());
			content.put("backerId", backer == null ? null : backer.toString());
			content.put("effectiveFrom", effective.from().toString());
			content.put("effectiveTo", effective.to() == null ? null : effective.to().toString());
			return content;
		}
	}

	private record StoredRevision(Revision revision, byte[] salt) {
	}
}
