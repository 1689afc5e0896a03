package org.truce.meeting;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/**
 * The closed minutes: drafted by the secretariat, approved by each participating delegation. Once every participant
 * has approved, they are read by the audience the approval set ({@code level}); before that, by the participants only.
 */
public record Minutes(String text, Confidentiality level, Instant draftedAt, List<Approval> approvals,
		@Nullable Instant approvedAt) {

	public Minutes {
		approvals = List.copyOf(approvals);
	}

	public boolean approvedBy(DelegationCode delegation) {
		return approvals.stream().anyMatch(a -> a.delegation().equals(delegation));
	}

	/** A participating delegation's approval of the minutes as drafted. */
	public record Approval(DelegationCode delegation, Instant at) {
	}
}
