package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.truce.agreement.DecisionRule;
import org.truce.core.DelegationCode;

/**
 * Applies the agreement's decision rule to a round of votes once every guarantor has voted. Under unanimity a finding
 * is adopted when every guarantor agrees: an abstention is no vote for the finding, so it blocks adoption as a
 * disagreement does. Under majority, when more than half of all guarantors agree. Whoever did not agree is the dissent,
 * recorded with the outcome.
 */
final class VoteCount {

	private VoteCount() {
	}

	static Optional<Ruling> decide(Finding finding, List<Vote> round, Set<DelegationCode> guarantors, DecisionRule rule,
			Instant at) {
		var voters = round.stream().map(Vote::guarantor).collect(Collectors.toSet());
		if (!voters.containsAll(guarantors)) {
			return Optional.empty();
		}
		long agree = round.stream().filter(v -> v.choice() == VoteChoice.AGREE).count();
		boolean adopted = switch (rule) {
			case UNANIMITY -> agree > 0 && agree == round.size();
			case MAJORITY -> agree * 2 > guarantors.size();
		};
		return Optional.of(new Ruling(adopted, finding.determination(), finding.summary(), rule, round, dissent(round), at));
	}

	/** The votes of a round other than agreements. */
	static List<Vote> dissent(List<Vote> round) {
		return round.stream().filter(v -> v.choice() != VoteChoice.AGREE).toList();
	}
}
