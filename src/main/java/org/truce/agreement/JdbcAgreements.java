package org.truce.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.DelegationCode;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.identity.Delegations;

/**
 * Agreements in PostgreSQL. Clause commands lock the agreement's row first, so that version numbers and the order of
 * amendments are decided on what concurrent commands did.
 */
@Service
class JdbcAgreements implements Agreements {

	private final JdbcClient jdbc;
	private final Delegations delegations;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	JdbcAgreements(JdbcClient jdbc, Delegations delegations, ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.delegations = delegations;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public List<Agreement> all() {
		return load(jdbc.sql("SELECT id FROM agreement ORDER BY effective_from DESC, name").query(UUID.class).list());
	}

	@Override
	public Optional<Agreement> find(AgreementId id) {
		return load(List.of(id.value())).stream().findFirst();
	}

	@Override
	public Optional<Agreement> inForceAt(Instant at) {
		return jdbc.sql("SELECT id FROM agreement WHERE effective_from <= ? ORDER BY effective_from DESC, established_at DESC LIMIT 1")
			.param(Rows.utc(at))
			.query(UUID.class)
			.optional()
			.flatMap(id -> find(new AgreementId(id)));
	}

	@Override
	@Transactional
	public Clause addClause(AgreementId id, String number, ClauseDraft draft, Viewer.Member by) {
		Permissions.require(by, "add clauses", Role.SECRETARIAT);
		var agreement = locked(id);
		return recorded(agreement, agreement.addClause(number, draft, by.delegation(), Rows.now(clock)));
	}

	@Override
	@Transactional
	public Clause amendClause(AgreementId id, String number, ClauseDraft draft, Viewer.Member by) {
		Permissions.require(by, "amend clauses", Role.SECRETARIAT);
		var clause = clauseOf(locked(id), number);
		return recorded(id, clause, clause.amend(draft, by.delegation(), Rows.now(clock)));
	}

	@Override
	@Transactional
	public Agreement establish(NewAgreement agreement) {
		var members = agreement.members();
		for (int i = 0; i < members.size(); i++) {
			Permissions.requireExisting(delegations, members.get(i).delegation(), "members[" + i + "].delegation");
		}
		var id = jdbc.sql("""
				INSERT INTO agreement (id, name, signed_on, effective_from, decision_rule, established_at)
				VALUES (:id, :name, :signedOn, :from, :rule, :now)
				ON CONFLICT (name) DO UPDATE SET signed_on = EXCLUDED.signed_on, effective_from = EXCLUDED.effective_from,
				    decision_rule = EXCLUDED.decision_rule
				RETURNING id""")
			.param("id", UUID.randomUUID())
			.param("name", agreement.name())
			.param("signedOn", agreement.signedOn())
			.param("from", Rows.utc(agreement.effectiveFrom()))
			.param("rule", agreement.decisionRule().name())
			.param("now", Rows.utc(Rows.now(clock)))
			.query(UUID.class)
			.single();
		members.forEach(member -> jdbc.sql("""
				INSERT INTO agreement_member (agreement_id, delegation_code, role) VALUES (:id, :delegation, :role)
				ON CONFLICT DO NOTHING""")
			.param("id", id)
			.param("delegation", member.delegation().value())
			.param("role", member.role().name())
			.update());
		return find(new AgreementId(id)).orElseThrow();
	}

	@Override
	@Transactional
	public Clause seedClause(AgreementId id, String number, ClauseDraft draft, DelegationCode by) {
		Permissions.requireExisting(delegations, by, "delegation");
		var agreement = locked(id);
		var existing = agreement.clause(number);
		if (existing.isEmpty()) {
			return recorded(agreement, agreement.addClause(number, draft, by, Rows.now(clock)));
		}
		var clause = existing.get();
		return clause.hasVersionLike(draft) ? clause : recorded(id, clause, clause.amend(draft, by, Rows.now(clock)));
	}

	private Clause recorded(Agreement agreement, Clause added) {
		insert(agreement.id(), added.number(), added.latest());
		return added;
	}

	private Clause recorded(AgreementId agreement, Clause clause, ClauseVersion amendment) {
		insert(agreement, clause.number(), amendment);
		var versions = new ArrayList<>(clause.versions());
		versions.add(amendment);
		return new Clause(clause.number(), versions);
	}

	private void insert(AgreementId agreement, String number, ClauseVersion version) {
		jdbc.sql("""
				INSERT INTO clause_version (agreement_id, clause_number, version, text, effective_from, effective_to, amended_by,
				                            reason, recorded_at)
				VALUES (:agreement, :number, :version, :text, :from, :to, :by, :reason, :at)""")
			.param("agreement", agreement.value())
			.param("number", number)
			.param("version", version.version())
			.param("text", version.text())
			.param("from", Rows.utc(version.effective().from()))
			.param("to", Rows.utc(version.effective().to()))
			.param("by", version.amendedBy().value())
			.param("reason", version.reason())
			.param("at", Rows.utc(version.recordedAt()))
			.update();
		events.publishEvent(new ClauseVersionAdded(agreement, number, version.version(), version.amendedBy(), version.recordedAt()));
	}

	/** The agreement, its row locked until the transaction ends. */
	private Agreement locked(AgreementId id) {
		if (!Rows.lock(jdbc, "agreement", id.value())) {
			throw new NotFoundException("agreement", id);
		}
		return find(id).orElseThrow();
	}

	private static Clause clauseOf(Agreement agreement, String number) {
		return agreement.clause(number).orElseThrow(() -> new NotFoundException("clause", number));
	}

	private List<Agreement> load(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		var members = Rows.grouped(jdbc.sql("""
				SELECT agreement_id, delegation_code, role FROM agreement_member WHERE agreement_id IN (:ids)
				ORDER BY role, delegation_code""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getObject("agreement_id", UUID.class),
					new AgreementMember(new DelegationCode(rs.getString("delegation_code")), Role.valueOf(rs.getString("role")))))
			.list());
		var versions = Rows.grouped(jdbc.sql("""
				SELECT agreement_id, clause_number, version, text, effective_from, effective_to, amended_by, reason, recorded_at
				FROM clause_version WHERE agreement_id IN (:ids) ORDER BY version""")
			.param("ids", ids)
			.query((rs, row) -> Map.entry(rs.getObject("agreement_id", UUID.class), Map.entry(rs.getString("clause_number"), version(rs))))
			.list());
		var agreements = jdbc.sql("SELECT id, name, signed_on, effective_from, decision_rule FROM agreement WHERE id IN (:ids)")
			.param("ids", ids)
			.query((rs, row) -> {
				var id = rs.getObject("id", UUID.class);
				return new Agreement(new AgreementId(id), rs.getString("name"), rs.getObject("signed_on", LocalDate.class),
						Rows.instant(rs, "effective_from"), DecisionRule.valueOf(rs.getString("decision_rule")),
						members.getOrDefault(id, List.of()), clauses(versions.getOrDefault(id, List.of())));
			})
			.list().stream()
			.collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
		return Rows.inOrder(ids, agreements);
	}

	/** An agreement's clauses from its versions, each version paired with its clause's number, in version order. */
	private static List<Clause> clauses(List<Map.Entry<String, ClauseVersion>> versions) {
		return Rows.grouped(versions).entrySet().stream().map(e -> new Clause(e.getKey(), e.getValue())).toList();
	}

	private static ClauseVersion version(ResultSet rs) throws SQLException {
		return new ClauseVersion(rs.getInt("version"), rs.getString("text"), Rows.period(rs),
				new DelegationCode(rs.getString("amended_by")), rs.getString("reason"), Rows.instant(rs, "recorded_at"));
	}
}
