package org.truce.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.core.Role;
import org.truce.core.Viewer;

/**
 * A meeting as one viewer may see it. The guarantors and the secretariat see all of it; an invited delegation sees the
 * agenda items it is invited to and its own invitation. Who attends — the invitations and the line-up — is shown only
 * to those the line-up's level admits, each delegation seeing its own. Minutes are read by the participants, and once
 * approved by the audience their approval set; the outcome statement by everyone who sees the meeting.
 */
public record MeetingView(MeetingId id, String title, Instant startsAt, Instant endsAt, ZoneId timeZone, String venue,
		MeetingStatus status, List<AgendaItem> agenda, List<Invitation> invitations, @Nullable List<LineUpMember> lineUp,
		@Nullable Minutes minutes, @Nullable String outcomeStatement, @Nullable Instant statementPublishedAt,
		List<ActionItem> actionItems) {

	static boolean visibleTo(MeetingSnapshot meeting, Viewer viewer) {
		return viewer.asMember()
			.map(m -> m.role().readsGuarantorMaterial() || meeting.invitationOf(m.delegation()).isPresent())
			.orElse(false);
	}

	/**
	 * Whether the viewer sees all of the meeting as the snapshot has it: a guarantor or the secretariat (every agenda
	 * item), admitted by the line-up's level (who attends), and reading its minutes if there are any.
	 */
	static boolean wholeTo(MeetingSnapshot meeting, Viewer viewer) {
		return viewer.asMember().map(m -> m.role().readsGuarantorMaterial()).orElse(false)
				&& viewer.canSee(meeting.lineUpLevel(), null) && (meeting.minutes() == null || minutesFor(meeting, viewer) != null);
	}

	/** The guarantors, the secretariat and the delegations invited to the meeting's implementation review. */
	static boolean briefedTo(MeetingSnapshot meeting, Viewer viewer) {
		return viewer.asMember()
			.map(m -> m.role().readsGuarantorMaterial() || meeting.invitationOf(m.delegation())
				.map(invitation -> meeting.agenda().stream()
					.anyMatch(item -> item.kind() == AgendaKind.IMPLEMENTATION_REVIEW && invitation.covers(item.id())))
				.orElse(false))
			.orElse(false);
	}

	static MeetingView of(MeetingSnapshot meeting, List<ActionItem> actionItems, Viewer viewer) {
		var member = viewer.asMember().orElseThrow();
		boolean mechanism = member.role().readsGuarantorMaterial();
		var invitation = meeting.invitationOf(member.delegation());
		var agenda = mechanism ? meeting.agenda()
				: meeting.agenda().stream().filter(item -> invitation.map(i -> i.covers(item.id())).orElse(false)).toList();
		boolean seesWhoAttends = viewer.canSee(meeting.lineUpLevel(), null);
		var invitations = seesWhoAttends ? meeting.invitations() : invitation.map(List::of).orElse(List.of());
		var lineUp = seesWhoAttends ? meeting.lineUp()
				: meeting.lineUp().stream().filter(m -> m.delegation().equals(member.delegation())).toList();
		return new MeetingView(meeting.id(), meeting.title(), meeting.startsAt(), meeting.endsAt(), meeting.timeZone(),
				meeting.venue(), meeting.status(), agenda, invitations, seesWhoAttends || !lineUp.isEmpty() ? lineUp : null,
				minutesFor(meeting, viewer), meeting.outcomeStatement(), meeting.statementPublishedAt(),
				mechanism ? actionItems
						: actionItems.stream().filter(a -> a.owner().equals(member.delegation())).toList());
	}

	private static @Nullable Minutes minutesFor(MeetingSnapshot meeting, Viewer viewer) {
		var minutes = meeting.minutes();
		if (minutes == null) {
			return null;
		}
		var member = viewer.asMember().orElseThrow();
		boolean participant = meeting.participants().contains(member.delegation())
				|| member.role() == Role.SECRETARIAT;
		boolean audience = minutes.approvedAt() != null && viewer.canSee(minutes.level(), null);
		return participant || audience ? minutes : null;
	}
}
