package org.truce.meeting;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A meeting was called off. */
public record MeetingCancelled(MeetingId meetingId, DelegationCode by, Instant at) {
}
