package org.truce.talks;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A delegation took a position on a version of a proposal, superseding any earlier one of its own on that version. */
public record PositionTaken(ProposalId proposalId, int version, DelegationCode delegation, int number, Stance stance,
		Instant takenAt) {
}
