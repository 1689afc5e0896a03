package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.truce.agreement.DecisionRule;
import org.truce.core.DelegationCode;

/**
 * Applies the agreement's decision rule to a round of votes once every guarantor has voted. Under unanimity a
 * finding is adopted when no guarantor disagrees and at least one agrees (an abstention blocks nothing); under
 * majority, when more than half of all guarantors agree. Whoever did not agree is the dissent, recorded with the ruling.
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
		long disagree = round.stream().filter(v -> v.choice() == VoteChoice.DISAGREE).count();
		boolean adopted = switch (rule) {
			case UNANIMITY -> disagree == 0 && agree > 0;
			case MAJORITY -> agree * 2 > guarantors.size();
		};
		var dissent = round.stream().filter(v -> v.choice() != VoteChoice.AGREE).toList();
		return Optional.of(new Ruling(adopted, finding.determination(), finding.summary(), rule, round, dissent, at));
	}
}
