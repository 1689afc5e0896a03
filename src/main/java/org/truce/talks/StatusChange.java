package org.truce.talks;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A move of a proposal from one status to another, by whom, when and why. */
public record StatusChange(int number, ProposalStatus from, ProposalStatus to, String reason, DelegationCode changedBy,
		Instant changedAt) {
}
