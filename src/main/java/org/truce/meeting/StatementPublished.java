package org.truce.meeting;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A meeting's public outcome statement was published. */
public record StatementPublished(MeetingId meetingId, DelegationCode by, Instant at) {
}
