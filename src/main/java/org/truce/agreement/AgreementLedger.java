package org.truce.agreement;

import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerRecord;
import org.truce.ledger.LedgerSubjects;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.SubjectContent;

/**
 * The agreements' side of the ledger: an agreement established, logged as {@code <agreement id>}; each member it gains,
 * as {@code <agreement id>/members/<delegation>/<role>}; each version of a clause, as
 * {@code <agreement id>/clauses/<number>/<version>} — all inserted, never updated, each row keeping its entry's salt.
 * Every delegation reads the agreements, and the log names the delegation that acted.
 */
@Component
class AgreementLedger implements LedgerSubjects {

	static final String ESTABLISHED = "agreement.established";
	static final String MEMBER_ADDED = "agreement.member-added";
	static final String CLAUSE_ADDED = "agreement.clause-added";
	static final String CLAUSE_AMENDED = "agreement.clause-amended";

	private final JdbcClient jdbc;
	private final Ledger ledger;

	AgreementLedger(JdbcClient jdbc, Ledger ledger) {
		this.jdbc = jdbc;
		this.ledger = ledger;
	}

	@Override
	public Set<String> types() {
		return Set.of(ESTABLISHED, MEMBER_ADDED, CLAUSE_ADDED, CLAUSE_AMENDED);
	}

	LedgerTicket established(AgreementId id, DelegationCode by, Instant at, SubjectContent content) {
		return ledger.record(new LedgerRecord(ESTABLISHED, id.toString(), by, at, content));
	}

	LedgerTicket memberAdded(AgreementId id, AgreementMember member, DelegationCode by, Instant at, SubjectContent content) {
		return ledger.record(new LedgerRecord(MEMBER_ADDED, memberSubject(id, member.delegation(), member.role()), by, at, content));
	}

	LedgerTicket clauseVersionAdded(AgreementId id, String number, ClauseVersion version, SubjectContent content) {
		return ledger.record(new LedgerRecord(version.version() == 1 ? CLAUSE_ADDED : CLAUSE_AMENDED,
				clauseSubject(id, number, version.version()), version.amendedBy(), version.recordedAt(), content));
	}

	/** The logged subject with the content it hashes, once logged. */
	Optional<LoggedSubject> entryOf(String subjectId) {
		return ledger.logged(this, subjectId);
	}

	static String memberSubject(AgreementId id, DelegationCode delegation, Role role) {
		return id + "/members/" + delegation + "/" + role;
	}

	static String clauseSubject(AgreementId id, String number, int version) {
		return id + "/clauses/" + number + "/" + version;
	}

	static Map<String, Object> agreementContent(AgreementId id, String name, LocalDate signedOn, Instant effectiveFrom,
			DecisionRule rule, DelegationCode establishedBy, Instant establishedAt) {
		return Map.of("agreementId", id.toString(), "name", name, "signedOn", signedOn.toString(), "effectiveFrom",
				effectiveFrom.toString(), "decisionRule", rule.name(), "establishedBy", establishedBy.value(), "establishedAt",
				establishedAt.toString());
	}

	static Map<String, Object> memberContent(AgreementId id, AgreementMember member) {
		return Map.of("agreementId", id.toString(), "delegation", member.delegation().value(), "role", member.role().name());
	}

	static Map<String, Object> clauseContent(AgreementId id, String number, ClauseVersion version) {
		var content = new HashMap<String, Object>();
		content.put("agreementId", id.toString());
		content.put("clause", number);
		content.put("version", version.version());
		content.put("text", version.text());
		content.put("effectiveFrom", version.effective().from().toString());
		content.put("effectiveTo", version.effective().to() == null ? null : version.effective().to().toString());
		content.put("amendedBy", version.amendedBy().value());
		content.put("reason", version.reason());
		content.put("recordedAt", version.recordedAt().toString());
		return content;
	}

	@Override
	public Map<String, SubjectContent> contents(String type, Collection<String> subjectIds) {
		var agreements = Rows.leadingIds(subjectIds);
		var contents = new HashMap<String, SubjectContent>();
		if (agreements.isEmpty()) {
			return contents;
		}
		switch (type) {
			case ESTABLISHED -> jdbc.sql("""
					SELECT id, name, signed_on, effective_from, decision_rule, established_by, established_at, salt FROM agreement
					WHERE id IN (:ids) AND salt IS NOT NULL""")
				.param("ids", agreements)
				.query((ResultSet rs) -> {
					var id = new AgreementId(rs.getObject("id", UUID.class));
					contents.put(id.toString(), SubjectContent.of(rs.getBytes("salt"), agreementContent(id, rs.getString("name"),
							rs.getObject("signed_on", LocalDate.class), Rows.instant(rs, "effective_from"),
							DecisionRule.valueOf(rs.getString("decision_rule")), new DelegationCode(rs.getString("established_by")),
							Rows.instant(rs, "established_at"))));
				});
			case MEMBER_ADDED -> jdbc.sql("""
					SELECT agreement_id, delegation_code, role, salt FROM agreement_member
					WHERE agreement_id IN (:ids) AND salt IS NOT NULL""")
				.param("ids", agreements)
				.query((ResultSet rs) -> {
					var id = new AgreementId(rs.getObject("agreement_id", UUID.class));
					var member = new AgreementMember(new DelegationCode(rs.getString("delegation_code")), Role.valueOf(rs.getString("role")));
					contents.put(memberSubject(id, member.delegation(), member.role()),
							SubjectContent.of(rs.getBytes("salt"), memberContent(id, member)));
				});
			case CLAUSE_ADDED, CLAUSE_AMENDED -> jdbc.sql("""
					SELECT agreement_id, clause_number, version, text, effective_from, effective_to, amended_by, reason, recorded_at,
					       salt
					FROM clause_version WHERE agreement_id IN (:ids) AND salt IS NOT NULL""")
				.param("ids", agreements)
				.query((ResultSet rs) -> {
					var id = new AgreementId(rs.getObject("agreement_id", UUID.class));
					var number = rs.getString("clause_number");
					var version = JdbcAgreements.version(rs);
					contents.put(clauseSubject(id, number, version.version()),
							SubjectContent.of(rs.getBytes("salt"), clauseContent(id, number, version)));
				});
			default -> {
				return Map.of();
			}
		}
		contents.keySet().retainAll(Set.copyOf(subjectIds));
		return contents;
	}

}
