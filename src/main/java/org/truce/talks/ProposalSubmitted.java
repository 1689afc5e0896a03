package org.truce.talks;

import java.time.Instant;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/** A delegation tabled a proposal (its version 1). Carries no text: the ledger hashes the stored content itself. */
public record ProposalSubmitted(ProposalId proposalId, DelegationCode submittedBy, Confidentiality confidentiality,
		Instant submittedAt) {
}
