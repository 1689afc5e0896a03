package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * A case as stored and as each revision keeps it: everything, so that any two revisions can be compared.
 *
 * @param incidentId the incident under verification
 * @param filedAt when the first report of the incident was filed, from which the time to a ruling is counted
 * @param accused the party delegations the allegation accuses, who have the right of reply
 */
public record CaseSnapshot(CaseId id, UUID incidentId, Instant filedAt, CaseState state, Instant openedAt, DelegationCode openedBy,
		List<DelegationCode> accused, @Nullable Instant replyDueAt, List<Transition> transitions, List<Reply> replies,
		List<MonitorTask> tasks, @Nullable Finding finding, List<Vote> votes, @Nullable Ruling ruling) {

	public CaseSnapshot {
		accused = List.copyOf(accused);
		transitions = List.copyOf(transitions);
		replies = List.copyOf(replies);
		tasks = List.copyOf(tasks);
		votes = List.copyOf(votes);
	}

	/** The votes of the current finding's round. */
	public List<Vote> currentVotes() {
		return finding == null ? List.of() : votes.stream().filter(v -> v.round() == finding.round()).toList();
	}

	/** When the case reached its ruling, if it has. */
	public @Nullable Instant determinedAt() {
		return ruling == null ? null : ruling.decidedAt();
	}
}
