package org.truce.meeting;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** A delegation was invited, to the whole meeting or to some agenda items. */
public record DelegationInvited(MeetingId meetingId, DelegationCode delegation, List<UUID> agendaItems, DelegationCode by, Instant at) {
}
