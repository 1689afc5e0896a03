package org.truce.agreement.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.Agreement;
import org.truce.agreement.Clause;
import org.truce.agreement.DecisionRule;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.identity.Delegation;
import org.truce.identity.Delegations;

/** An agreement with the text of each clause in force, as the API answers it and the agreement page shows it. */
record AgreementView(UUID id, String name, LocalDate signedOn, Instant effectiveFrom, DecisionRule decisionRule,
		List<MemberView> members, List<ClauseView> clauses) {

	/**
	 * @param delegationNames names of the delegations by code, for readers who do not know the codes
	 * @param now the instant whose text is shown
	 */
	static AgreementView of(Agreement agreement, Map<DelegationCode, String> delegationNames, Instant now) {
		return new AgreementView(agreement.id().value(), agreement.name(), agreement.signedOn(), agreement.effectiveFrom(),
				agreement.decisionRule(),
				agreement.members().stream()
					.map(m -> new MemberView(m.delegation().value(), delegationNames.get(m.delegation()), m.role()))
					.toList(),
				agreement.clauses().stream().map(c -> ClauseView.of(c, now)).toList());
	}

	/** Delegation names by code, so that readers need not know the codes. */
	static Map<DelegationCode, String> delegationNames(Delegations delegations) {
		return delegations.all().stream().collect(Collectors.toMap(Delegation::code, Delegation::name));
	}

	/** @param name the delegation's name, unless it has been removed since */
	record MemberView(String delegation, @Nullable String name, Role role) {
	}

	/**
	 * The version in force now, or when none is (the clause takes effect later, or has lapsed) the latest one.
	 *
	 * @param effectiveTo when this text stops being in force, by its own end or by the next amendment
	 */
	record ClauseView(String number, int version, String text, Instant effectiveFrom, @Nullable Instant effectiveTo,
			boolean inForce) {

		static ClauseView of(Clause clause, Instant now) {
			var inForce = clause.versionAt(now);
			var shown = inForce.orElse(clause.latest());
			return new ClauseView(clause.number(), shown.version(), shown.text(), shown.effective().from(),
					clause.effectiveUntil(shown), inForce.isPresent());
		}
	}
}
