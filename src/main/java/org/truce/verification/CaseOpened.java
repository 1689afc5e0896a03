package org.truce.verification;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** A case was opened to verify an incident. */
public record CaseOpened(CaseId caseId, UUID incidentId, DelegationCode openedBy, Instant at) {
}
