package org.truce.verification;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.DecisionRule;

/**
 * A round of votes that closed without adopting its finding, kept with the finding it voted on, every vote and the
 * dissent: the case went back to {@link CaseState#FINDING_DRAFTED} for a revised finding.
 *
 * @param number the finding's round
 * @param rule the rule the votes did not meet; none for a withdrawn round
 * @param votes every vote cast in the round
 * @param dissent the votes other than {@link VoteChoice#AGREE}
 * @param reason why the round closed: the rule's outcome, or the secretariat's reason for withdrawing it
 */
public record Round(int number, Determination determination, String summary, Outcome outcome, @Nullable DecisionRule rule,
		List<Vote> votes, List<Vote> dissent, Instant closedAt, String reason) {

	public Round {
		votes = List.copyOf(votes);
		dissent = List.copyOf(dissent);
	}

	public enum Outcome {
		/** Every guarantor voted and the decision rule was not met. */
		NOT_ADOPTED,
		/** The secretariat withdrew the round before it was decided. */
		WITHDRAWN
	}
}
