package org.truce.meeting;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A participant approved the minutes; complete when every participant has. */
public record MinutesApproved(MeetingId meetingId, DelegationCode by, boolean complete, Instant at) {
}
