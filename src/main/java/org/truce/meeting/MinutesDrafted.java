package org.truce.meeting;

import java.time.Instant;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/** The secretariat drafted a meeting's minutes. */
public record MinutesDrafted(MeetingId meetingId, Confidentiality level, DelegationCode by, Instant at) {
}
