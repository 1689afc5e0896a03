package org.truce.verification;

import java.time.Instant;
import java.util.List;

import org.truce.agreement.DecisionRule;

/**
 * The finding a round of votes adopted under the agreement's rule, with every vote and, named apart, the dissent. A
 * round that does not adopt its finding is no ruling: it is kept as a {@link Round}.
 *
 * @param adopted true: only an adopted finding is a ruling (false only in cases stored before rounds were kept)
 */
public record Ruling(boolean adopted, Determination determination, String summary, DecisionRule rule, List<Vote> votes,
		List<Vote> dissent, Instant decidedAt) {

	public Ruling {
		votes = List.copyOf(votes);
		dissent = List.copyOf(dissent);
	}
}
