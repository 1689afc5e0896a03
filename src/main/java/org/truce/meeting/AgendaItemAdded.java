package org.truce.meeting;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/** An item was put on a meeting's agenda. */
public record AgendaItemAdded(MeetingId meetingId, UUID itemId, AgendaKind kind, @Nullable UUID subject, DelegationCode by, Instant at) {
}
