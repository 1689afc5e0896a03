package org.truce.verification;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A case moved from one state to another. */
public record CaseTransitioned(CaseId caseId, CaseState from, CaseState to, DelegationCode by, Instant at) {
}
