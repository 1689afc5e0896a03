package org.truce.verification;

import java.time.Instant;
import java.util.UUID;

/** The votes decided: the finding adopted, or not. */
public record CaseDetermined(CaseId caseId, UUID incidentId, boolean adopted, Instant at) {
}
