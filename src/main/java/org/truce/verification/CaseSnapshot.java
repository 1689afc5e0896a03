package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * A case as stored and as each revision keeps it: everything, so that any two revisions can be compared.
 *
 * @param incidentId the incident under verification
 * @param filedAt when the first report of the incident was filed, from which the time to a ruling is counted
 * @param accused the party delegations the allegation accuses, who have the right of reply
 * @param finding the latest draft, until a round adopts it and after
 * @param votes every vote of every round
 * @param ruling the finding the guarantors adopted, once a round has
 * @param rounds the rounds that closed without adopting their finding, oldest first (none in snapshots stored before
 *     rounds were kept)
 */
public record CaseSnapshot(CaseId id, UUID incidentId, Instant filedAt, CaseState state, Instant openedAt, DelegationCode openedBy,
		List<DelegationCode> accused, @Nullable Instant replyDueAt, List<Transition> transitions, List<Reply> replies,
		List<MonitorTask> tasks, @Nullable Finding finding, List<Vote> votes, @Nullable Ruling ruling,
		@JsonSetter(nulls = Nulls.AS_EMPTY) List<Round> rounds) {

	public CaseSnapshot {
		accused = List.copyOf(accused);
		transitions = List.copyOf(transitions);
		replies = List.copyOf(replies);
		tasks = List.copyOf(tasks);
		votes = List.copyOf(votes);
		rounds = List.copyOf(rounds);
	}

	/** The votes of the current finding's round, while it is open; a closed round keeps its votes in {@link #rounds}. */
	public List<Vote> currentVotes() {
		return finding == null || findingRoundClosed() ? List.of()
				: votes.stream().filter(v -> v.round() == finding.round()).toList();
	}

	/** Whether the current finding's round has closed without adopting it: a vote on it needs a revised finding. */
	public boolean findingRoundClosed() {
		return finding != null && rounds.stream().anyMatch(r -> r.number() == finding.round());
	}

	/** The reason given with the latest request for the accused party's reply: the allegation as put to it. */
	public @Nullable String allegation() {
		return transitions.reversed().stream().filter(t -> t.to() == CaseState.REPLY_REQUESTED).map(Transition::reason)
			.findFirst().orElse(null);
	}

	/** When the guarantors adopted the finding, if they have. */
	public @Nullable Instant determinedAt() {
		return ruling == null || !ruling.adopted() ? null : ruling.decidedAt();
	}
}
