package org.truce.meeting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * A decision's follow-up: what a delegation is to do by when. It stays on every next meeting's agenda until closed.
 *
 * @param meetingId the meeting that decided it
 */
public record ActionItem(UUID id, MeetingId meetingId, String text, DelegationCode owner, Instant dueAt,
		@Nullable Instant closedAt, @Nullable String closingNote) {

	public boolean isOpen() {
		return closedAt == null;
	}

	public boolean isOverdueAt(Instant now) {
		return isOpen() && dueAt.isBefore(now);
	}
}
