package org.truce.talks;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A proposal moved from one status to another. */
public record ProposalStatusChanged(ProposalId proposalId, int number, ProposalStatus from, ProposalStatus to,
		DelegationCode changedBy, Instant changedAt) {
}
