package org.truce.agreement;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;

/** An affiliation to record: to a party delegation or to a backing actor, not both. */
public record NewAffiliation(@Nullable DelegationCode party, @Nullable ActorId backer, EffectivePeriod effective) {

	public NewAffiliation {
		if ((party == null) == (backer == null)) {
			throw new InvalidInputException(party == null ? "party" : "backer",
					"an affiliation names either a party delegation or a backer actor, not both or neither");
		}
	}

	public static NewAffiliation toParty(DelegationCode party, EffectivePeriod effective) {
		return new NewAffiliation(party, null, effective);
	}

	public static NewAffiliation toBacker(ActorId backer, EffectivePeriod effective) {
		return new NewAffiliation(null, backer, effective);
	}
}
