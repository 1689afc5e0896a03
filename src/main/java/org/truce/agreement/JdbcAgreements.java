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
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.identity.Delegations;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Recorded;
import org.truce.ledger.SubjectContent;

/**
 * Agreements in PostgreSQL. Clause commands lock the agreement's row first, so that version numbers and the order of
 * amendments are decided on what concurrent commands did. The agreement, each member and each clause version are
 * inserted, never updated, and logged in the ledger as they are (see {@link AgreementLedger}).
 */
@Service
class JdbcAgreements implements Agreements {

	private final JdbcClient jdbc;
	private final Delegations delegations;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final AgreementLedger ledger;

	JdbcAgreements(JdbcClient jdbc, Delegations delegations, ApplicationEventPublisher events, Clock clock,
			AgreementLedger ledger) {
		this.jdbc = jdbc;
		this.delegations = delegations;
		this.events = events;
		this.clock = clock;
		this.ledger = ledger;
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
	public Recorded<Clause> addClause(AgreementId id, String number, ClauseDraft draft, Viewer.Member by) {
		Permissions.require(by, "add clauses", Role.SECRETARIAT);
		var agreement = locked(id);
		return recorded(agreement, agreement.addClause(number, draft, by.delegation(), Rows.now(clock)));
	}

	@Override
	@Transactional
	public Recorded<Clause> amendClause(AgreementId id, String number, ClauseDraft draft, Viewer.Member by) {
		Permissions.require(by, "amend clauses", Role.SECRETARIAT);
		var clause = clauseOf(locked(id), number);
		return recorded(id, clause, clause.amend(draft, by.delegation(), Rows.now(clock)));
	}

	@Override
	public LoggedSubject establishmentLedgerEntry(AgreementId id) {
		find(id).orElseThrow(() -> new NotFoundException("agreement", id));
		return ledgerEntry(id.toString());
	}

	@Override
	public LoggedSubject memberLedgerEntry(AgreementId id, DelegationCode delegation, Role role) {
		find(id).orElseThrow(() -> new NotFoundException("agreement", id));
		return ledgerEntry(AgreementLedger.memberSubject(id, delegation, role));
	}

	@Override
	public LoggedSubject clauseLedgerEntry(AgreementId id, String number, int version) {
		clauseOf(find(id).orElseThrow(() -> new NotFoundException("agreement", id)), number);
		return ledgerEntry(AgreementLedger.clauseSubject(id, number, version));
	}

	private LoggedSubject ledgerEntry(String subject) {
		return ledger.entryOf(subject).orElseThrow(() -> new NotFoundException("logged change", subject));
	}

	@Override
	@Transactional
	public Agreement establish(NewAgreement agreement, DelegationCode by) {
		Permissions.requireExisting(delegations, by, "delegation");
		var members = agreement.members();
		for (int i = 0; i < members.size(); i++) {
			Permissions.requireExisting(delegations, members.get(i).delegation(), "members[" + i + "].delegation");
		}
		var id = new AgreementId(UUID.randomUUID());
		var now = Rows.now(clock);
		var content = SubjectContent.salted(AgreementLedger.agreementContent(id, agreement.name(), agreement.signedOn(),
				agreement.effectiveFrom(), agreement.decisionRule(), by, now));
		int inserted = jdbc.sql("""
				INSERT INTO agreement (id, name, signed_on, effective_from, decision_rule, established_by, established_at, salt)
				VALUES (:id, :name, :signedOn, :from, :rule, :by, :now, :salt)
				ON CONFLICT (name) DO NOTHING""")
			.param("id", id.value())
			.param("name", agreement.name())
			.param("signedOn", agreement.signedOn())
			.param("from", Rows.utc(agreement.effectiveFrom()))
			.param("rule", agreement.decisionRule().name())
			.param("by", by.value())
			.param("now", Rows.utc(now))
			.param("salt", content.salt())
			.update();
		if (inserted == 1) {
			ledger.established(id, by, now, content);
		}
		else {
			id = sameTerms(agreement);
		}
		for (var member : members) {
			var memberContent = SubjectContent.salted(AgreementLedger.memberContent(id, member));
			if (jdbc.sql("""
					INSERT INTO agreement_member (agreement_id, delegation_code, role, salt) VALUES (:id, :delegation, :role, :salt)
					ON CONFLICT DO NOTHING""")
				.param("id", id.value())
				.param("delegation", member.delegation().value())
				.param("role", member.role().name())
				.param("salt", memberContent.salt())
				.update() == 1) {
				ledger.memberAdded(id, member, by, now, memberContent);
			}
		}
		return find(id).orElseThrow();
	}

	/** The established agreement of the name, locked; one established with other terms is not re-established. */
	private AgreementId sameTerms(NewAgreement agreement) {
		var existing = jdbc.sql("SELECT id, signed_on, effective_from, decision_rule FROM agreement WHERE name = ? FOR UPDATE")
			.param(agreement.name())
			.query((rs, row) -> new Terms(new AgreementId(rs.getObject("id", UUID.class)), rs.getObject("signed_on", LocalDate.class),
					Rows.instant(rs, "effective_from"), DecisionRule.valueOf(rs.getString("decision_rule"))))
			.single();
		if (!existing.equals(new Terms(existing.id(), agreement.signedOn(), agreement.effectiveFrom(), agreement.decisionRule()))) {
			throw new ConflictException("The " + agreement.name() + " is established with other terms (signed on "
					+ existing.signedOn() + ", in force from " + existing.effectiveFrom() + ", decided by "
					+ existing.decisionRule() + "): an agreement's terms are not changed by establishing it again");
		}
		return existing.id();
	}

	private record Terms(AgreementId id, LocalDate signedOn, Instant effectiveFrom, DecisionRule decisionRule) {
	}

	@Override
	@Transactional
	public Clause seedClause(AgreementId id, String number, ClauseDraft draft, DelegationCode by) {
		Permissions.requireExisting(delegations, by, "delegation");
		var agreement = locked(id);
		var existing = agreement.clause(number);
		if (existing.isEmpty()) {
			return recorded(agreement, agreement.addClause(number, draft, by, Rows.now(clock))).value();
		}
		var clause = existing.get();
		return clause.hasVersionLike(draft) ? clause : recorded(id, clause, clause.amend(draft, by, Rows.now(clock))).value();
	}

	private Recorded<Clause> recorded(Agreement agreement, Clause added) {
		return new Recorded<>(added, insert(agreement.id(), added.number(), added.latest()));
	}

	private Recorded<Clause> recorded(AgreementId agreement, Clause clause, ClauseVersion amendment) {
		var ticket = insert(agreement, clause.number(), amendment);
		var versions = new ArrayList<>(clause.versions());
		versions.add(amendment);
		return new Recorded<>(new Clause(clause.number(), versions), ticket);
	}

	private LedgerTicket insert(AgreementId agreement, String number, ClauseVersion version) {
		var content = SubjectContent.salted(AgreementLedger.clauseContent(agreement, number, version));
		jdbc.sql("""
				INSERT INTO clause_version (agreement_id, clause_number, version, text, effective_from, effective_to, amended_by,
				                            reason, recorded_at, salt)
				VALUES (:agreement, :number, :version, :text, :from, :to, :by, :reason, :at, :salt)""")
			.param("agreement", agreement.value())
			.param("number", number)
			.param("version", version.version())
			.param("text", version.text())
			.param("from", Rows.utc(version.effective().from()))
			.param("to", Rows.utc(version.effective().to()))
			.param("by", version.amendedBy().value())
			.param("reason", version.reason())
			.param("at", Rows.utc(version.recordedAt()))
			.param("salt", content.salt())
			.update();
		events.publishEvent(new ClauseVersionAdded(agreement, number, version.version(), version.amendedBy(), version.recordedAt()));
		return ledger.clauseVersionAdded(agreement, number, version, content);
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

	static ClauseVersion version(ResultSet rs) throws SQLException {
		return new ClauseVersion(rs.getInt("version"), rs.getString("text"), Rows.period(rs),
				new DelegationCode(rs.getString("amended_by")), rs.getString("reason"), Rows.instant(rs, "recorded_at"));
	}
}
