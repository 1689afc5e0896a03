package org.truce.verification;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.truce.agreement.AgreementMember;
import org.truce.agreement.Agreements;
import org.truce.agreement.DecisionRule;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.Role;

/** The guarantors and the decision rule of the agreement in force when an incident happened. */
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
		return new Terms(guarantors, agreement.decisionRule());
	}

	record Terms(Set<DelegationCode> guarantors, DecisionRule rule) {
	}
}
