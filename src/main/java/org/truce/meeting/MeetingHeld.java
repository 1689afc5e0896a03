package org.truce.meeting;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A meeting took place. */
public record MeetingHeld(MeetingId meetingId, DelegationCode by, Instant at) {
}
