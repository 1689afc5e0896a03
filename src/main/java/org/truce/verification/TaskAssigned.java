package org.truce.verification;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** A monitoring team was given a task. */
public record TaskAssigned(CaseId caseId, UUID taskId, DelegationCode assignee, TaskKind kind, Instant dueAt, Instant at) {
}
