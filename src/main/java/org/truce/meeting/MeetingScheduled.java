package org.truce.meeting;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A meeting was scheduled. */
public record MeetingScheduled(MeetingId meetingId, Instant startsAt, DelegationCode by, Instant at) {
}
