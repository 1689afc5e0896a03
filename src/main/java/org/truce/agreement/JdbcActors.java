package org.truce.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.identity.Delegations;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Recorded;
import org.truce.ledger.RevisionSubject;
import org.truce.ledger.SubjectContent;

/**
 * The actor registry in PostgreSQL. Every command locks the actor's row first, so that the aggregate's checks (one
 * dispute per delegation, no designation twice) see what concurrent commands did, and its revisions are numbered one
 * at a time; unique keys back them up. Every change is logged in the ledger in its transaction (see
 * {@link ActorLedger}).
 */
@Service
class JdbcActors implements Actors {

	private final JdbcClient jdbc;
	private final Delegations delegations;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ActorLedger ledger;

	JdbcActors(JdbcClient jdbc, Delegations delegations, ApplicationEventPublisher events, Clock clock, ActorLedger ledger) {
		this.jdbc = jdbc;
		this.delegations = delegations;
		this.events = events;
		this.clock = clock;
		this.ledger = ledger;
	}

	@Override
	public Optional<Actor> find(ActorId id) {
		return load(List.of(id.value())).stream().findFirst();
	}

	@Override
	public ActorSearchResult search(String query, int limit) {
		if (limit < 1) {
			throw new IllegalArgumentException("A search returns at least one actor");
		}
		var key = SearchKey.of(query);
		var rows = jdbc.sql("""
				SELECT a.id, count(*) OVER () AS total FROM actor a
				WHERE a.search_key LIKE :anywhere ESCAPE '\\'
				   OR EXISTS (SELECT 1 FROM actor_alias s WHERE s.actor_id = a.id AND s.search_key LIKE :anywhere ESCAPE '\\')
				ORDER BY
				  CASE WHEN a.search_key = :key
				         OR EXISTS (SELECT 1 FROM actor_alias s WHERE s.actor_id = a.id AND s.search_key = :key) THEN 0
				       WHEN a.search_key LIKE :start ESCAPE '\\'
				         OR EXISTS (SELECT 1 FROM actor_alias s WHERE s.actor_id = a.id AND s.search_key LIKE :start ESCAPE '\\') THEN 1
				       ELSE 2 END,
				  a.name, a.id
				LIMIT :limit""")
			.param("key", key)
			.param("anywhere", "%" + SearchKey.escapedForLike(key) + "%")
			.param("start", SearchKey.escapedForLike(key) + "%")
			.param("limit", limit)
			.query((rs, row) -> new Hit(rs.getObject("id", UUID.class), rs.getInt("total")))
			.list();
		return new ActorSearchResult(load(rows.stream().map(Hit::id).toList()), rows.isEmpty() ? 0 : rows.getFirst().total());
	}

	@Override
	public List<Designation> designationsAt(ActorId actor, Instant at) {
		return find(actor).orElseThrow(() -> new NotFoundException("actor", actor)).designationsAt(at);
	}

	@Override
	@Transactional
	public Recorded<Actor> register(NewActor actor, Viewer.Member by) {
		Permissions.require(by, "register actors", Role.SECRETARIAT);
		if (actor.ucdpId() != null && idWithUcdp(actor.ucdpId()).isPresent()) {
			throw new ConflictException("An actor with UCDP id " + actor.ucdpId() + " is already registered");
		}
		if (idNamed(actor.name()).isPresent()) {
			throw new ConflictException("An actor named " + actor.name() + " is already registered");
		}
		return create(actor, by.delegation());
	}

	@Override
	@Transactional
	public Recorded<Actor> addAlias(ActorId id, String alias, Viewer.Member by) {
		Permissions.require(by, "name actors", Role.SECRETARIAT);
		var actor = locked(id);
		var now = Rows.now(clock);
		int revision = ledger.nextRevision(actor.id());
		var added = actor.alias(alias);
		insertAlias(actor.id(), added, by.delegation(), now, revision);
		return new Recorded<>(reloaded(actor.id()), ledger.revised(ActorLedger.ALIAS_ADDED, new ActorLedger.Revision(actor.id(),
				revision, actor.name(), actor.kind(), actor.ucdpId(), List.of(added), List.of(), by.delegation(), now)));
	}

	@Override
	@Transactional
	public Recorded<Actor> addAffiliation(ActorId id, NewAffiliation affiliation, Viewer.Member by) {
		Permissions.require(by, "record affiliations", Role.SECRETARIAT);
		var actor = locked(id);
		actor.checkAffiliation(affiliation);
		var now = Rows.now(clock);
		int revision = ledger.nextRevision(actor.id());
		var added = insertAffiliation(actor.id(), affiliation, by.delegation(), now, revision)
			.orElseThrow(() -> new ConflictException(actor.name() + " already has this affiliation"));
		return new Recorded<>(reloaded(actor.id()), ledger.revised(ActorLedger.AFFILIATION_ADDED, new ActorLedger.Revision(
				actor.id(), revision, actor.name(), actor.kind(), actor.ucdpId(), List.of(), List.of(added), by.delegation(), now)));
	}

	@Override
	@Transactional
	public Recorded<Designation> designate(ActorId id, NewDesignation designation, Viewer.Member by) {
		Permissions.require(by, "designate actors", Role.GUARANTOR, Role.SECRETARIAT);
		return recordDesignation(locked(id), designation, by.delegation());
	}

	@Override
	@Transactional
	public Recorded<Designation> dispute(ActorId id, DesignationId designationId, String reason, Viewer.Member by) {
		// Who is excluded from the truce is the guarantors' and the parties' question, and the secretariat's to record;
		// observers and monitors follow it.
		Permissions.require(by, "dispute a designation", Role.GUARANTOR, Role.PARTY, Role.MEDIATOR, Role.SECRETARIAT);
		var actor = locked(id);
		return recordDispute(actor, designationOf(actor, designationId), reason, by.delegation());
	}

	@Override
	public LoggedSubject currentLedgerEntry(ActorId id) {
		reloaded(id);
		var latest = ledger.latestRevision(id).orElseThrow(() -> new NotFoundException("logged change", id));
		return revisionLedgerEntry(id, latest);
	}

	@Override
	public LoggedSubject revisionLedgerEntry(ActorId id, int revision) {
		reloaded(id);
		return ledgerEntry(new RevisionSubject(id.value(), revision).toString());
	}

	@Override
	public LoggedSubject designationLedgerEntry(ActorId id, DesignationId designation) {
		designationOf(reloaded(id), designation);
		return ledgerEntry(designation.toString());
	}

	@Override
	public LoggedSubject disputeLedgerEntry(ActorId id, DesignationId designation, DelegationCode disputedBy) {
		designationOf(reloaded(id), designation);
		return ledgerEntry(ActorLedger.disputeSubject(designation, disputedBy));
	}

	private LoggedSubject ledgerEntry(String subject) {
		return ledger.entryOf(subject).orElseThrow(() -> new NotFoundException("logged change", subject));
	}

	@Override
	@Transactional
	public Actor seed(NewActor actor, DelegationCode registeredBy) {
		Permissions.requireExisting(delegations, registeredBy, "delegation");
		var existing = Optional.ofNullable(actor.ucdpId()).flatMap(this::idWithUcdp)
			.or(() -> idNamed(actor.name()))
			.map(this::locked);
		if (existing.isEmpty()) {
			return create(actor, registeredBy).value();
		}
		var current = existing.get();
		if (current.ucdpId() != null && actor.ucdpId() != null && !current.ucdpId().equals(actor.ucdpId())) {
			throw new ConflictException("The actor named " + actor.name() + " has UCDP id " + current.ucdpId() + ", not " + actor.ucdpId());
		}
		var now = Rows.now(clock);
		int revision = ledger.nextRevision(current.id());
		var aliases = new ArrayList<String>();
		if (!SearchKey.of(current.name()).equals(SearchKey.of(actor.name()))
				&& insertAlias(current.id(), current.name(), registeredBy, now, revision)) {
			// A renamed group stays findable by its former name.
			aliases.add(current.name());
		}
		var ucdpId = current.ucdpId() == null ? actor.ucdpId() : current.ucdpId();
		boolean changed = !current.name().equals(actor.name()) || current.kind() != actor.kind()
				|| !Objects.equals(current.ucdpId(), ucdpId);
		if (changed) {
			jdbc.sql("UPDATE actor SET name = :name, search_key = :key, kind = :kind, ucdp_id = :ucdp WHERE id = :id")
				.param("name", actor.name())
				.param("key", SearchKey.of(actor.name()))
				.param("kind", actor.kind().name())
				.param("ucdp", ucdpId)
				.param("id", current.id().value())
				.update();
		}
		aliases.addAll(addAliases(current.id(), actor, registeredBy, now, revision));
		var affiliations = addMissingAffiliations(current, actor.affiliations(), registeredBy, now, revision);
		if (changed || !aliases.isEmpty() || !affiliations.isEmpty()) {
			ledger.revised(ActorLedger.REVISED, new ActorLedger.Revision(current.id(), revision, actor.name(), actor.kind(), ucdpId,
					aliases, affiliations, registeredBy, now));
		}
		return reloaded(current.id());
	}

	@Override
	@Transactional
	public Designation seedDesignation(ActorId id, NewDesignation designation, DelegationCode designatedBy) {
		Permissions.requireExisting(delegations, designatedBy, "delegation");
		var actor = locked(id);
		return actor.designationLike(designation, designatedBy)
			.orElseGet(() -> recordDesignation(actor, designation, designatedBy).value());
	}

	@Override
	@Transactional
	public Designation seedDispute(ActorId id, DesignationId designationId, String reason, DelegationCode disputedBy) {
		Permissions.requireExisting(delegations, disputedBy, "delegation");
		var actor = locked(id);
		var designation = designationOf(actor, designationId);
		return designation.disputeBy(disputedBy).isPresent() ? designation
				: recordDispute(actor, designation, reason, disputedBy).value();
	}

	private Recorded<Actor> create(NewActor actor, DelegationCode by) {
		var id = new ActorId(UUID.randomUUID());
		var now = Rows.now(clock);
		int inserted = jdbc.sql("""
				INSERT INTO actor (id, name, search_key, kind, ucdp_id, registered_by, registered_at)
				VALUES (:id, :name, :key, :kind, :ucdp, :by, :now) ON CONFLICT DO NOTHING""")
			.param("id", id.value())
			.param("name", actor.name())
			.param("key", SearchKey.of(actor.name()))
			.param("kind", actor.kind().name())
			.param("ucdp", actor.ucdpId())
			.param("by", by.value())
			.param("now", Rows.utc(now))
			.update();
		if (inserted == 0) {
			throw new ConflictException("An actor named " + actor.name() + " or with UCDP id " + actor.ucdpId() + " is already registered");
		}
		var aliases = addAliases(id, actor, by, now, 1);
		var affiliations = addMissingAffiliations(reloaded(id), actor.affiliations(), by, now, 1);
		var ticket = ledger.revised(ActorLedger.REGISTERED, new ActorLedger.Revision(id, 1, actor.name(), actor.kind(),
				actor.ucdpId(), aliases, affiliations, by, now));
		events.publishEvent(new ActorRegistered(id, by, now));
		return new Recorded<>(reloaded(id), ticket);
	}

	private Recorded<Designation> recordDesignation(Actor actor, NewDesignation designation, DelegationCode by) {
		var recorded = actor.designate(designation, by, Rows.now(clock));
		var content = SubjectContent.salted(ActorLedger.designationContent(actor.id(), recorded));
		jdbc.sql("""
				INSERT INTO designation (id, actor_id, kind, effective_from, effective_to, designated_by, basis, recorded_at, salt)
				VALUES (:id, :actor, :kind, :from, :to, :by, :basis, :at, :salt)""")
			.param("id", recorded.id().value())
			.param("actor", actor.id().value())
			.param("kind", recorded.kind().name())
			.param("from", Rows.utc(recorded.effective().from()))
			.param("to", Rows.utc(recorded.effective().to()))
			.param("by", by.value())
			.param("basis", recorded.basis())
			.param("at", Rows.utc(recorded.recordedAt()))
			.param("salt", content.salt())
			.update();
		events.publishEvent(new ActorDesignated(actor.id(), recorded.id(), recorded.kind(), by, recorded.recordedAt()));
		return new Recorded<>(recorded, ledger.designated(recorded, content));
	}

	private Recorded<Designation> recordDispute(Actor actor, Designation designation, String reason, DelegationCode by) {
		var dispute = designation.dispute(by, reason, Rows.now(clock));
		var content = SubjectContent.salted(ActorLedger.disputeContent(designation.id(), dispute));
		jdbc.sql("""
				INSERT INTO designation_dispute (designation_id, disputed_by, reason, disputed_at, salt)
				VALUES (:designation, :by, :reason, :at, :salt)""")
			.param("designation", designation.id().value())
			.param("by", by.value())
			.param("reason", dispute.reason())
			.param("at", Rows.utc(dispute.disputedAt()))
			.param("salt", content.salt())
			.update();
		events.publishEvent(new DesignationDisputed(actor.id(), designation.id(), by, dispute.disputedAt()));
		return new Recorded<>(designationOf(reloaded(actor.id()), designation.id()), ledger.disputed(designation.id(), dispute,
				content));
	}

	/**
	 * The new actor's aliases other than its name, in the revision; names it already has are skipped by the alias key.
	 *
	 * @return those added
	 */
	private List<String> addAliases(ActorId id, NewActor actor, DelegationCode by, Instant now, int revision) {
		var nameKey = SearchKey.of(actor.name());
		return actor.aliases().stream()
			.filter(alias -> !SearchKey.of(alias).equals(nameKey))
			.filter(alias -> insertAlias(id, alias, by, now, revision))
			.toList();
	}

	/**
	 * Records the affiliations the actor lacks, in the revision, each checked and named by its place in the list.
	 *
	 * @return those added
	 */
	private List<ActorLedger.Affiliated> addMissingAffiliations(Actor actor, List<NewAffiliation> affiliations,
			DelegationCode by, Instant now, int revision) {
		var added = new ArrayList<ActorLedger.Affiliated>();
		for (int i = 0; i < affiliations.size(); i++) {
			var affiliation = affiliations.get(i);
			if (actor.affiliationLike(affiliation).isEmpty()) {
				checkedAt("affiliations[" + i + "].", () -> {
					actor.checkAffiliation(affiliation);
					insertAffiliation(actor.id(), affiliation, by, now, revision).ifPresent(added::add);
				});
			}
		}
		return added;
	}

	/** @return whether the alias was new to the actor */
	private boolean insertAlias(ActorId actor, String alias, DelegationCode by, Instant now, int revision) {
		return jdbc.sql("""
				INSERT INTO actor_alias (actor_id, alias, search_key, added_by, added_at, revision)
				VALUES (:actor, :alias, :key, :by, :now, :revision)
				ON CONFLICT DO NOTHING""")
			.param("actor", actor.value())
			.param("alias", alias)
			.param("key", SearchKey.of(alias))
			.param("by", by.value())
			.param("now", Rows.utc(now))
			.param("revision", revision)
			.update() == 1;
	}

	/**
	 * The party delegation, or the backer, must exist; checked here because the aggregate cannot see either.
	 *
	 * @return the affiliation as stored, unless the actor had it already
	 */
	private Optional<ActorLedger.Affiliated> insertAffiliation(ActorId actor, NewAffiliation affiliation, DelegationCode by,
			Instant now, int revision) {
		if (affiliation.party() != null) {
			Permissions.requireExisting(delegations, affiliation.party(), "party");
		}
		if (affiliation.backer() != null && find(affiliation.backer()).isEmpty()) {
			throw new InvalidInputException("backer", "no actor has the id " + affiliation.backer());
		}
		var stored = new ActorLedger.Affiliated(UUID.randomUUID(), affiliation.party(), affiliation.backer(),
				affiliation.effective());
		int inserted = jdbc.sql("""
				INSERT INTO actor_affiliation (id, actor_id, party, backer_id, effective_from, effective_to, recorded_by, recorded_at,
				                               revision)
				VALUES (:id, :actor, :party, :backer, :from, :to, :by, :now, :revision) ON CONFLICT DO NOTHING""")
			.param("id", stored.id())
			.param("actor", actor.value())
			.param("party", affiliation.party() == null ? null : affiliation.party().value())
			.param("backer", affiliation.backer() == null ? null : affiliation.backer().value())
			.param("from", Rows.utc(affiliation.effective().from()))
			.param("to", Rows.utc(affiliation.effective().to()))
			.param("by", by.value())
			.param("now", Rows.utc(now))
			.param("revision", revision)
			.update();
		return inserted == 1 ? Optional.of(stored) : Optional.empty();
	}

	private Optional<ActorId> idWithUcdp(int ucdpId) {
		return jdbc.sql("SELECT id FROM actor WHERE ucdp_id = ?").param(ucdpId).query(UUID.class).optional().map(ActorId::new);
	}

	private Optional<ActorId> idNamed(String name) {
		return jdbc.sql("SELECT id FROM actor WHERE search_key = ?").param(SearchKey.of(name)).query(UUID.class).optional()
			.map(ActorId::new);
	}

	/** The actor, its row locked until the transaction ends. */
	private Actor locked(ActorId id) {
		if (!Rows.lock(jdbc, "actor", id.value())) {
			throw new NotFoundException("actor", id);
		}
		return reloaded(id);
	}

	private Actor reloaded(ActorId id) {
		return find(id).orElseThrow(() -> new NotFoundException("actor", id));
	}

	private static Designation designationOf(Actor actor, DesignationId id) {
		return actor.designation(id).orElseThrow(() -> new NotFoundException("designation", id));
	}

	private static void checkedAt(String prefix, Runnable check) {
		try {
			check.run();
		}
		catch (InvalidInputException e) {
			throw e.within(prefix);
		}
	}

	/** Whole actors for the ids, in the ids' order: one query per table, however many actors. */
	private List<Actor> load(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var aliases = Rows.grouped(jdbc.sql("SELECT actor_id, alias FROM actor_alias WHERE actor_id IN (:ids) ORDER BY added_at, alias")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getObject("actor_id", UUID.class), rs.getString("alias")))
			.list());
		var affiliations = Rows.grouped(jdbc.sql("""
				SELECT f.actor_id, f.party, f.backer_id, b.name AS backer_name, f.effective_from, f.effective_to
				FROM actor_affiliation f LEFT JOIN actor b ON b.id = f.backer_id
				WHERE f.actor_id IN (:ids) ORDER BY f.effective_from, f.recorded_at""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getObject("actor_id", UUID.class), affiliation(rs)))
			.list());
		var disputes = Rows.grouped(jdbc.sql("""
				SELECT p.designation_id, p.disputed_by, p.reason, p.disputed_at
				FROM designation_dispute p JOIN designation d ON d.id = p.designation_id
				WHERE d.actor_id IN (:ids) ORDER BY p.disputed_at, p.disputed_by""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getObject("designation_id", UUID.class), dispute(rs)))
			.list());
		var designations = Rows.grouped(jdbc.sql("""
				SELECT id, actor_id, kind, effective_from, effective_to, designated_by, basis, recorded_at
				FROM designation WHERE actor_id IN (:ids) ORDER BY effective_from, recorded_at""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getObject("actor_id", UUID.class),
					designation(rs, disputes.getOrDefault(rs.getObject("id", UUID.class), List.of()))))
			.list());
		var actors = jdbc.sql("SELECT id, name, kind, ucdp_id FROM actor WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs, row) -> {
				var id = rs.getObject("id", UUID.class);
				return new Actor(new ActorId(id), rs.getString("name"), aliases.getOrDefault(id, List.of()),
						ActorKind.valueOf(rs.getString("kind")), rs.getObject("ucdp_id", Integer.class),
						affiliations.getOrDefault(id, List.of()), designations.getOrDefault(id, List.of()));
			})
			.list().stream()
			.collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
		return Rows.inOrder(ids, actors);
	}

	/** A row of {@code designation}, with its disputes. */
	static Designation designation(ResultSet rs, List<Dispute> disputes) throws SQLException {
		return new Designation(new DesignationId(rs.getObject("id", UUID.class)), DesignationKind.valueOf(rs.getString("kind")),
				Rows.period(rs), new DelegationCode(rs.getString("designated_by")), rs.getString("basis"),
				Rows.instant(rs, "recorded_at"), disputes);
	}

	/** A row of {@code designation_dispute}. */
	static Dispute dispute(ResultSet rs) throws SQLException {
		return new Dispute(new DelegationCode(rs.getString("disputed_by")), rs.getString("reason"), Rows.instant(rs, "disputed_at"));
	}

	private static Affiliation affiliation(ResultSet rs) throws SQLException {
		var party = rs.getString("party");
		var backer = rs.getObject("backer_id", UUID.class);
		return new Affiliation(party == null ? null : new DelegationCode(party),
				backer == null ? null : new ActorRef(new ActorId(backer), rs.getString("backer_name")), Rows.period(rs));
	}

	private record Hit(UUID id, int total) {
	}
}
