package org.truce.verification;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** A monitoring team reported on its task. */
public record TaskCompleted(CaseId caseId, UUID taskId, DelegationCode assignee, TaskOutcome outcome, Instant at) {
}
