package org.truce.meeting;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A delegation's line-up for a meeting was recorded. */
public record LineUpRecorded(MeetingId meetingId, DelegationCode delegation, DelegationCode by, Instant at) {
}
