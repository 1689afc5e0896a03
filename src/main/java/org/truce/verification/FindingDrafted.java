package org.truce.verification;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A finding was drafted, opening a round of votes. */
public record FindingDrafted(CaseId caseId, int round, DelegationCode draftedBy, Instant at) {
}
