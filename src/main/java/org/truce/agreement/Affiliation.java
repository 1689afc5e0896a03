package org.truce.agreement;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * An actor's tie, over a period, either to a party of the truce (the delegation answering for it) or to a backer
 * (another actor of the registry, e.g. a state): exactly one of the two is set.
 */
public record Affiliation(@Nullable DelegationCode party, @Nullable ActorRef backer, EffectivePeriod effective) {

	public Affiliation {
		if ((party == null) == (backer == null)) {
			throw new IllegalArgumentException("An affiliation is to a party or to a backer");
		}
	}

	boolean sameAs(NewAffiliation other) {
		return effective.equals(other.effective()) && (party != null ? party.equals(other.party())
				: backer != null && backer.id().equals(other.backer()));
	}
}
