package org.truce.verification;

import java.time.Instant;
import java.util.List;

import org.truce.agreement.DecisionRule;

/**
 * What the vote decided under the agreement's rule: whether the finding was adopted, with every vote and, named
 * apart, the dissent.
 */
public record Ruling(boolean adopted, Determination determination, String summary, DecisionRule rule, List<Vote> votes,
		List<Vote> dissent, Instant decidedAt) {

	public Ruling {
		votes = List.copyOf(votes);
		dissent = List.copyOf(dissent);
	}
}
