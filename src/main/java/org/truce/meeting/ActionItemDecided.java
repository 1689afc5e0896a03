package org.truce.meeting;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** A meeting decided an action item. */
public record ActionItemDecided(UUID actionItemId, MeetingId meetingId, DelegationCode owner, Instant dueAt, Instant at) {
}
