package org.truce.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/**
 * A meeting as stored, whole; what a viewer sees of it is cut from this by {@link MeetingView}.
 *
 * @param timeZone where the meeting is held, for its local time and the calendar invitation
 * @param organiser the secretariat that scheduled it, accountable for its record: the ledger names it for the changes
 *        that would disclose who attends
 * @param lineUpLevel who may read the line-up: by default the guarantors and the secretariat
 * @param outcomeStatement the public statement, once published
 */
public record MeetingSnapshot(MeetingId id, String title, Instant startsAt, Instant endsAt, ZoneId timeZone, String venue,
		MeetingStatus status, Instant scheduledAt, DelegationCode organiser, List<AgendaItem> agenda, List<Invitation> invitations,
		List<LineUpMember> lineUp, Confidentiality lineUpLevel, @Nullable Minutes minutes, @Nullable String outcomeStatement,
		@Nullable Instant statementPublishedAt) {

	public MeetingSnapshot {
		agenda = List.copyOf(agenda);
		invitations = List.copyOf(invitations);
		lineUp = List.copyOf(lineUp);
	}

	public Optional<Invitation> invitationOf(DelegationCode delegation) {
		return invitations.stream().filter(i -> i.delegation().equals(delegation)).findFirst();
	}

	/** The delegations invited to the whole meeting: they approve its minutes. */
	public List<DelegationCode> participants() {
		return invitations.stream().filter(Invitation::wholeMeeting).map(Invitation::delegation).toList();
	}
}
