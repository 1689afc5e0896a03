package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.truce.agreement.AgreementMember;
import org.truce.agreement.Agreements;
import org.truce.agreement.Clause;
import org.truce.agreement.DecisionRule;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.Role;

/** The guarantors, the decision rule and the clauses of the agreement in force when an incident happened. */
@Component
class Mechanism {

	private final Agreements agreements;

	Mechanism(Agreements agreements) {
		this.agreements = agreements;
	}

	Terms at(Instant when) {
		var agreement = agreements.inForceAt(when)
			.orElseThrow(() -> new ConflictException("No agreement was in force at " + when + ": nothing to verify against"));
		var guarantors = agreement.members().stream()
			.filter(member -> member.role() == Role.GUARANTOR)
			.map(AgreementMember::delegation)
			.collect(Collectors.toUnmodifiableSet());
		var clauses = agreement.clauses().stream().filter(clause -> clause.versionAt(when).isPresent()).map(Clause::number).toList();
		return new Terms(agreement.name(), when, guarantors, agreement.decisionRule(), clauses);
	}

	/**
	 * @param agreement the agreement's name
	 * @param at the instant the terms are those of
	 * @param clauses the numbers of the clauses with a text in force then: those a finding may name
	 */
	record Terms(String agreement, Instant at, Set<DelegationCode> guarantors, DecisionRule rule, List<String> clauses) {

		Terms {
			clauses = List.copyOf(clauses);
		}
	}
}
