package org.truce.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;

/**
 * The mechanism's meetings. A meeting the viewer may not see — neither a guarantor nor the secretariat, nor invited — is
 * not found. Open action items of earlier meetings are carried onto each new meeting's agenda until closed.
 */
public interface Meetings {

	MeetingView schedule(String title, Instant startsAt, Instant endsAt, ZoneId timeZone, String venue, Viewer.Member by);

	/** @param subject the case, proposal or humanitarian item the item deals with; checked to exist and be visible */
	AgendaItem addAgendaItem(MeetingId meeting, String title, AgendaKind kind, @Nullable UUID subject, Viewer.Member by);

	/** @param agendaItems the items the delegation is invited to; empty for the whole meeting */
	MeetingView invite(MeetingId meeting, DelegationCode delegation, List<UUID> agendaItems, Viewer.Member by);

	MeetingView setLineUp(MeetingId meeting, DelegationCode delegation, List<LineUpMember> members, Viewer.Member by);

	MeetingView markHeld(MeetingId meeting, Viewer.Member by);

	MeetingView cancel(MeetingId meeting, String reason, Viewer.Member by);

	MeetingView draftMinutes(MeetingId meeting, String text, Confidentiality level, Viewer.Member by);

	MeetingView approveMinutes(MeetingId meeting, Viewer.Member by);

	MeetingView publishStatement(MeetingId meeting, String text, Viewer.Member by);

	ActionItem decideActionItem(MeetingId meeting, String text, DelegationCode owner, Instant dueAt, Viewer.Member by);

	ActionItem closeActionItem(UUID actionItem, String note, Viewer.Member by);

	MeetingView get(MeetingId meeting, Viewer viewer);

	List<MeetingView> visibleTo(Viewer viewer);

	/**
	 * The meeting's revisions, oldest first, each with its ledger entry where the viewer may check it. They are read by
	 * whoever sees all of the meeting — its whole agenda, who attends, its minutes — since each entry's content is the
	 * whole meeting; to others who see the meeting, {@link org.truce.core.ForbiddenException}.
	 */
	List<MeetingRevision> revisions(MeetingId meeting, Viewer viewer);

	/** The ledger entry of an action item's decision, with the content it hashes, to whoever may read the item. */
	LoggedSubject actionItemLedgerEntry(UUID actionItem, Viewer viewer);

	/** The ledger entry of an action item's closure, with the content it hashes, to whoever may read the item. */
	LoggedSubject closureLedgerEntry(UUID actionItem, Viewer viewer);

	/**
	 * An RFC 5545 calendar invitation for the viewer's delegation, naming only the agenda items it is invited to. A
	 * delegation not invited has none: the meeting is not found, even by a guarantor who may read it.
	 */
	String invitation(MeetingId meeting, Viewer.Member viewer);

	/** The published outcome statements, newest first: public, read by anyone. */
	List<OutcomeStatement> statements();

	/** A meeting's published outcome statement; a meeting without one is not found, as a missing one. */
	OutcomeStatement statement(MeetingId meeting);

	/** Open action items past their due date, as the viewer may see them. */
	List<ActionItem> overdueActionItems(Viewer viewer, Instant at);
}
