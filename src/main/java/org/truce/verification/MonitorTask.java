package org.truce.verification;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/** A task given to a monitoring team, with its due date and, once done, its outcome and findings. */
public record MonitorTask(UUID id, DelegationCode assignee, TaskKind kind, String description, Instant dueAt,
		DelegationCode assignedBy, Instant assignedAt, @Nullable Instant completedAt, @Nullable TaskOutcome outcome,
		@Nullable String result) {

	public boolean isOpen() {
		return completedAt == null;
	}

	public boolean isOverdueAt(Instant now) {
		return isOpen() && dueAt.isBefore(now);
	}

	MonitorTask complete(TaskOutcome outcome, String result, Instant at) {
		return new MonitorTask(id, assignee, kind, description, dueAt, assignedBy, assignedAt, at, outcome, result);
	}
}
