package org.truce.talks;

import java.time.Instant;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/** A proposal as lists show it, and as other modules (a meeting's agenda) link to it. */
public record ProposalSummary(ProposalId id, String title, DelegationCode submittedBy, Confidentiality confidentiality,
		ProposalStatus status, int currentVersion, Instant submittedAt) {
}
