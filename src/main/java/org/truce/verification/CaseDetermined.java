package org.truce.verification;

import java.time.Instant;
import java.util.UUID;

/** The guarantors adopted the finding: the case has its ruling. */
public record CaseDetermined(CaseId caseId, UUID incidentId, int round, Instant at) {
}
