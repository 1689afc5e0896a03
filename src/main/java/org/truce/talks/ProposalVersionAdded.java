package org.truce.talks;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** The submitter revised a proposal: version {@code version} now stands. */
public record ProposalVersionAdded(ProposalId proposalId, int version, DelegationCode recordedBy, Instant recordedAt) {
}
