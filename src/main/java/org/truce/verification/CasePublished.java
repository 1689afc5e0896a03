package org.truce.verification;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** A ruling was published. */
public record CasePublished(CaseId caseId, UUID incidentId, DelegationCode by, Instant at) {
}
