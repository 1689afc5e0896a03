package org.truce.meeting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.core.Viewer;

/**
 * A meeting as an aggregate. The secretariat runs it: schedules, sets the agenda, invites, drafts the minutes and
 * publishes the outcome statement; each delegation gives its own line-up; the participants approve the minutes.
 */
final class Meeting {

	static final int MAXIMUM_TEXT_LENGTH = 100_000;

	private MeetingSnapshot state;
	private final List<Object> events = new ArrayList<>();

	Meeting(MeetingSnapshot state) {
		this.state = state;
	}

	static Meeting schedule(String title, Instant startsAt, Instant endsAt, ZoneId timeZone, String venue, Viewer.Member by,
			Instant at) {
		requireSecretariat(by, "schedules meetings");
		if (!endsAt.isAfter(startsAt)) {
			throw new InvalidInputException("endsAt", "must be after startsAt");
		}
		var meeting = new Meeting(new MeetingSnapshot(new MeetingId(UUID.randomUUID()), text("title", title, 300), startsAt,
				endsAt, timeZone, text("venue", venue, 300), MeetingStatus.SCHEDULED, at, by.delegation(), List.of(), List.of(),
				List.of(), Confidentiality.GUARANTORS, null, null, null));
		meeting.events.add(new MeetingScheduled(meeting.state.id(), startsAt, by.delegation(), at));
		return meeting;
	}

	AgendaItem addAgendaItem(String title, AgendaKind kind, @Nullable UUID subject, Viewer.Member by, Instant at) {
		requireSecretariat(by, "sets the agenda");
		requireScheduled();
		if (subject == null && (kind == AgendaKind.CASE || kind == AgendaKind.PROPOSAL || kind == AgendaKind.ACTION_ITEM_FOLLOW_UP)) {
			throw new InvalidInputException("subjectId", "an agenda item about a " + kind + " names it");
		}
		var item = new AgendaItem(UUID.randomUUID(), state.agenda().size() + 1, text("title", title, 500), kind, subject);
		change(s -> copy(s, append(s.agenda(), item), s.invitations(), s.lineUp(), s.lineUpLevel(), s.minutes(), s.status()));
		events.add(new AgendaItemAdded(state.id(), item.id(), kind, subject, by.delegation(), at));
		return item;
	}

	void invite(DelegationCode delegation, List<UUID> agendaItems, Viewer.Member by, Instant at) {
		requireSecretariat(by, "invites delegations");
		requireScheduled();
		for (int i = 0; i < agendaItems.size(); i++) {
			var item = agendaItems.get(i);
			if (state.agenda().stream().noneMatch(a -> a.id().equals(item))) {
				throw new InvalidInputException("agendaItemIds[" + i + "]", "is not an item of this meeting's agenda");
			}
		}
		var invitation = new Invitation(delegation, agendaItems);
		var others = state.invitations().stream().filter(i -> !i.delegation().equals(delegation)).toList();
		change(s -> copy(s, s.agenda(), append(others, invitation), s.lineUp(), s.lineUpLevel(), s.minutes(), s.status()));
		events.add(new DelegationInvited(state.id(), delegation, agendaItems, by.delegation(), at));
	}

	/** A delegation names who represents it; the secretariat may record any delegation's line-up. */
	void setLineUp(DelegationCode delegation, List<LineUpMember> members, Viewer.Member by, Instant at) {
		if (!by.delegation().equals(delegation) && by.role() != Role.SECRETARIAT) {
			throw new ForbiddenException("A delegation gives its own line-up; the secretariat may record any");
		}
		if (state.invitationOf(delegation).isEmpty()) {
			throw new ConflictException(delegation + " is not invited to this meeting");
		}
		var others = state.lineUp().stream().filter(m -> !m.delegation().equals(delegation)).toList();
		var all = new ArrayList<>(others);
		members.forEach(m -> all.add(new LineUpMember(delegation, text("name", m.name(), 200), m.function().strip())));
		change(s -> copy(s, s.agenda(), s.invitations(), all, s.lineUpLevel(), s.minutes(), s.status()));
		events.add(new LineUpRecorded(state.id(), delegation, by.delegation(), at));
	}

	void markHeld(Viewer.Member by, Instant at) {
		requireSecretariat(by, "records that a meeting took place");
		requireScheduled();
		if (at.isBefore(state.startsAt())) {
			throw new ConflictException("The meeting has not begun: it starts at " + state.startsAt());
		}
		change(s -> copy(s, s.agenda(), s.invitations(), s.lineUp(), s.lineUpLevel(), s.minutes(), MeetingStatus.HELD));
		events.add(new MeetingHeld(state.id(), by.delegation(), at));
	}

	void cancel(String reason, Viewer.Member by, Instant at) {
		requireSecretariat(by, "cancels meetings");
		requireScheduled();
		text("reason", reason, 2_000);
		change(s -> copy(s, s.agenda(), s.invitations(), s.lineUp(), s.lineUpLevel(), s.minutes(), MeetingStatus.CANCELLED));
		events.add(new MeetingCancelled(state.id(), by.delegation(), at));
	}

	/** The secretariat drafts (or redrafts) the minutes; a new draft needs every approval again. */
	void draftMinutes(String text, Confidentiality level, Viewer.Member by, Instant at) {
		requireSecretariat(by, "drafts the minutes");
		if (state.status() != MeetingStatus.HELD) {
			throw new ConflictException("Minutes are drafted once the meeting was held; it is " + state.status());
		}
		if (state.minutes() != null && state.minutes().approvedAt() != null) {
			throw new ConflictException("The minutes were approved at " + state.minutes().approvedAt() + " and stay as approved");
		}
		var minutes = new Minutes(text("text", text, MAXIMUM_TEXT_LENGTH), level, at, List.of(), null);
		change(s -> copy(s, s.agenda(), s.invitations(), s.lineUp(), s.lineUpLevel(), minutes, s.status()));
		events.add(new MinutesDrafted(state.id(), level, by.delegation(), at));
	}

	void approveMinutes(Viewer.Member by, Instant at) {
		if (!state.participants().contains(by.delegation())) {
			throw new ForbiddenException("The delegations that took part in the whole meeting approve its minutes");
		}
		var minutes = state.minutes();
		if (minutes == null) {
			throw new ConflictException("There are no minutes to approve yet");
		}
		if (minutes.approvedBy(by.delegation())) {
			throw new ConflictException(by.delegation() + " has already approved these minutes");
		}
		var approvals = append(minutes.approvals(), new Minutes.Approval(by.delegation(), at));
		boolean complete = state.participants().stream()
			.allMatch(p -> approvals.stream().anyMatch(a -> a.delegation().equals(p)));
		var approved = new Minutes(minutes.text(), minutes.level(), minutes.draftedAt(), approvals, complete ? at : null);
		change(s -> copy(s, s.agenda(), s.invitations(), s.lineUp(), s.lineUpLevel(), approved, s.status()));
		events.add(new MinutesApproved(state.id(), by.delegation(), complete, at));
	}

	void publishStatement(String text, Viewer.Member by, Instant at) {
		requireSecretariat(by, "publishes the outcome statement");
		if (state.status() != MeetingStatus.HELD) {
			throw new ConflictException("The outcome statement follows the meeting; it is " + state.status());
		}
		var statement = text("text", text, MAXIMUM_TEXT_LENGTH);
		state = new MeetingSnapshot(state.id(), state.title(), state.startsAt(), state.endsAt(), state.timeZone(), state.venue(),
				state.status(), state.scheduledAt(), state.organiser(), state.agenda(), state.invitations(), state.lineUp(),
				state.lineUpLevel(), state.minutes(), statement, at);
		events.add(new StatementPublished(state.id(), by.delegation(), at));
	}

	MeetingSnapshot snapshot() {
		return state;
	}

	List<Object> takeEvents() {
		var taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	private void change(UnaryOperator<MeetingSnapshot> change) {
		state = change.apply(state);
	}

	private void requireScheduled() {
		if (state.status() != MeetingStatus.SCHEDULED) {
			throw new ConflictException("The meeting is " + state.status() + "; its agenda and invitations are closed");
		}
	}

	private static MeetingSnapshot copy(MeetingSnapshot s, List<AgendaItem> agenda, List<Invitation> invitations,
			List<LineUpMember> lineUp, Confidentiality lineUpLevel, @Nullable Minutes minutes, MeetingStatus status) {
		return new MeetingSnapshot(s.id(), s.title(), s.startsAt(), s.endsAt(), s.timeZone(), s.venue(), status, s.scheduledAt(),
				s.organiser(), agenda, invitations, lineUp, lineUpLevel, minutes, s.outcomeStatement(), s.statementPublishedAt());
	}

	private static void requireSecretariat(Viewer.Member by, String action) {
		if (by.role() != Role.SECRETARIAT) {
			throw new ForbiddenException("The secretariat " + action);
		}
	}

	static String text(String field, String text, int maximum) {
		if (text.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		if (text.length() > maximum) {
			throw new InvalidInputException(field, "must be at most " + maximum + " characters");
		}
		return text.strip();
	}

	private static <T> List<T> append(List<T> list, T item) {
		var longer = new ArrayList<>(list);
		longer.add(item);
		return longer;
	}
}
