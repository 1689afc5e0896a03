package org.truce.meeting;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.identity.Delegations;
import org.truce.ledger.LoggedSubject;

@Service
@Transactional
class MeetingService implements Meetings {

	private final JdbcMeetingStore store;
	private final AgendaSubjects subjects;
	private final Delegations delegations;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final MeetingLedger ledger;

	MeetingService(JdbcMeetingStore store, AgendaSubjects subjects, Delegations delegations, ApplicationEventPublisher events,
			Clock clock, MeetingLedger ledger) {
		this.store = store;
		this.ledger = ledger;
		this.subjects = subjects;
		this.delegations = delegations;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public MeetingView schedule(String title, Instant startsAt, Instant endsAt, ZoneId timeZone, String venue, Viewer.Member by) {
		var meeting = Meeting.schedule(title, startsAt, endsAt, timeZone, venue, by, clock.instant());
		for (var open : store.openActionItems(startsAt)) {
			meeting.addAgendaItem(followUpTitle(open), AgendaKind.ACTION_ITEM_FOLLOW_UP, open.id(), by, clock.instant());
		}
		store.save(meeting, 0, MeetingChange.SCHEDULED, "scheduled", by, clock.instant());
		publish(meeting);
		return view(meeting.snapshot(), by);
	}

	@Override
	public AgendaItem addAgendaItem(MeetingId id, String title, AgendaKind kind, @Nullable UUID subject, Viewer.Member by) {
		if (subject != null) {
			subjects.check(kind, subject, by);
		}
		return changeReturning(id, by, MeetingChange.AGENDA_ITEM_ADDED, "agenda item added", m -> m.addAgendaItem(title, kind, subject, by, clock.instant()));
	}

	@Override
	public MeetingView invite(MeetingId id, DelegationCode delegation, List<UUID> agendaItems, Viewer.Member by) {
		if (delegations.find(delegation).isEmpty()) {
			throw new InvalidInputException("delegation", "no delegation has the code " + delegation);
		}
		return change(id, by, MeetingChange.INVITED, "invited " + delegation, m -> m.invite(delegation, agendaItems, by, clock.instant()));
	}

	@Override
	public MeetingView setLineUp(MeetingId id, DelegationCode delegation, List<LineUpMember> members, Viewer.Member by) {
		return change(id, by, MeetingChange.LINE_UP_RECORDED, "line-up of " + delegation, m -> m.setLineUp(delegation, members, by, clock.instant()));
	}

	@Override
	public MeetingView markHeld(MeetingId id, Viewer.Member by) {
		return change(id, by, MeetingChange.HELD, "held", m -> m.markHeld(by, clock.instant()));
	}

	@Override
	public MeetingView cancel(MeetingId id, String reason, Viewer.Member by) {
		return change(id, by, MeetingChange.CANCELLED, "cancelled", m -> m.cancel(reason, by, clock.instant()));
	}

	@Override
	public MeetingView draftMinutes(MeetingId id, String text, Confidentiality level, Viewer.Member by) {
		return change(id, by, MeetingChange.MINUTES_DRAFTED, "minutes drafted", m -> m.draftMinutes(text, level, by, clock.instant()));
	}

	@Override
	public MeetingView approveMinutes(MeetingId id, Viewer.Member by) {
		return change(id, by, MeetingChange.MINUTES_APPROVED, "minutes approved by " + by.delegation(), m -> m.approveMinutes(by, clock.instant()));
	}

	@Override
	public MeetingView publishStatement(MeetingId id, String text, Viewer.Member by) {
		return change(id, by, MeetingChange.STATEMENT_PUBLISHED, "statement published", m -> m.publishStatement(text, by, clock.instant()));
	}

	/** A decision's action item; if a later meeting is already scheduled, the item goes onto its agenda at once. */
	@Override
	public ActionItem decideActionItem(MeetingId id, String text, DelegationCode owner, Instant dueAt, Viewer.Member by) {
		if (by.role() != Role.SECRETARIAT) {
			throw new ForbiddenException("The secretariat records the meeting's decisions");
		}
		var meeting = visible(id, by);
		if (meeting.status() == MeetingStatus.CANCELLED) {
			throw new ConflictException("A cancelled meeting decides nothing");
		}
		if (delegations.find(owner).isEmpty()) {
			throw new InvalidInputException("owner", "no delegation has the code " + owner);
		}
		var item = new ActionItem(UUID.randomUUID(), id, Meeting.text("text", text, 2_000), owner, dueAt, null, null);
		store.insertActionItem(item, by, clock.instant());
		events.publishEvent(new ActionItemDecided(item.id(), id, owner, dueAt, clock.instant()));
		store.all().stream()
			.filter(next -> next.status() == MeetingStatus.SCHEDULED && next.startsAt().isAfter(meeting.startsAt()))
			.findFirst()
			.ifPresent(next -> change(next.id(), by, MeetingChange.AGENDA_ITEM_ADDED, "action item carried forward",
					m -> m.addAgendaItem(followUpTitle(item), AgendaKind.ACTION_ITEM_FOLLOW_UP, item.id(), by, clock.instant())));
		return item;
	}

	@Override
	public ActionItem closeActionItem(UUID id, String note, Viewer.Member by) {
		var item = store.actionItem(id).filter(a -> mayReadActionItem(a, by)).orElseThrow(() -> new NotFoundException("action item", id));
		if (by.role() != Role.SECRETARIAT && !by.owns(item.owner())) {
			throw new ForbiddenException("The owner of an action item or the secretariat closes it");
		}
		if (!item.isOpen()) {
			throw new ConflictException("The action item was closed at " + item.closedAt());
		}
		store.closeActionItem(id, clock.instant(), Meeting.text("note", note, 2_000), by);
		events.publishEvent(new ActionItemClosed(id, by.delegation(), clock.instant()));
		return store.actionItem(id).orElseThrow();
	}

	@Override
	@Transactional(readOnly = true)
	public MeetingView get(MeetingId id, Viewer viewer) {
		return view(visible(id, viewer), viewer);
	}

	@Override
	@Transactional(readOnly = true)
	public List<MeetingView> visibleTo(Viewer viewer) {
		return store.all().stream().filter(m -> MeetingView.visibleTo(m, viewer)).map(m -> view(m, viewer)).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<MeetingRevision> revisions(MeetingId id, Viewer viewer) {
		if (!MeetingView.wholeTo(visible(id, viewer), viewer)) {
			throw new ForbiddenException(
					"A meeting's revisions are read by whoever sees all of it: its agenda, its line-up and its minutes");
		}
		var logged = ledger.revisions(id);
		return store.revisions(id).stream()
			.map(revision -> new MeetingRevision(revision.number(), revision.at(), revision.action(),
					MeetingView.wholeTo(revision.snapshot(), viewer) ? logged.get(revision.number()) : null))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public LoggedSubject actionItemLedgerEntry(UUID actionItem, Viewer viewer) {
		return actionItemEntry(actionItem, MeetingChange.ACTION_ITEM_DECIDED, viewer);
	}

	@Override
	@Transactional(readOnly = true)
	public LoggedSubject closureLedgerEntry(UUID actionItem, Viewer viewer) {
		return actionItemEntry(actionItem, MeetingChange.ACTION_ITEM_CLOSED, viewer);
	}

	private LoggedSubject actionItemEntry(UUID id, String type, Viewer viewer) {
		store.actionItem(id).filter(a -> viewer.asMember().map(m -> mayReadActionItem(a, m)).orElse(false))
			.orElseThrow(() -> new NotFoundException("action item", id));
		return ledger.actionItem(id, type).orElseThrow(() -> new NotFoundException("logged " + type, id));
	}

	@Override
	@Transactional(readOnly = true)
	public String invitation(MeetingId id, Viewer.Member viewer) {
		var invited = store.find(id).filter(m -> m.invitationOf(viewer.delegation()).isPresent()).orElseThrow(() -> notFound(id));
		var meeting = view(invited, viewer);
		return CalendarInvitation.of(meeting, viewer.delegation(), clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public List<OutcomeStatement> statements() {
		return store.all().stream().map(MeetingService::published).flatMap(Optional::stream)
			.sorted(Comparator.comparing(OutcomeStatement::publishedAt).reversed())
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public OutcomeStatement statement(MeetingId id) {
		return store.find(id).flatMap(MeetingService::published).orElseThrow(() -> new NotFoundException("statement", id));
	}

	private static Optional<OutcomeStatement> published(MeetingSnapshot meeting) {
		var text = meeting.outcomeStatement();
		var at = meeting.statementPublishedAt();
		return text == null || at == null ? Optional.empty()
				: Optional.of(new OutcomeStatement(meeting.id(), meeting.title(), meeting.startsAt(), meeting.endsAt(),
						meeting.timeZone(), meeting.venue(), text, at));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ActionItem> overdueActionItems(Viewer viewer, Instant at) {
		return store.openActionItems(null).stream()
			.filter(a -> a.isOverdueAt(at) && viewer.asMember().map(m -> mayReadActionItem(a, m)).orElse(false))
			.toList();
	}

	private boolean mayReadActionItem(ActionItem item, Viewer.Member member) {
		return member.role().readsGuarantorMaterial() || member.owns(item.owner());
	}

	private MeetingSnapshot visible(MeetingId id, Viewer viewer) {
		return store.find(id).filter(m -> MeetingView.visibleTo(m, viewer)).orElseThrow(() -> notFound(id));
	}

	private MeetingView view(MeetingSnapshot meeting, Viewer viewer) {
		return MeetingView.of(meeting, store.actionItemsOf(meeting.id()), viewer);
	}

	private MeetingView change(MeetingId id, Viewer.Member by, MeetingChange kind, String action, Consumer<Meeting> change) {
		var snapshot = changeReturning(id, by, kind, action, m -> {
			change.accept(m);
			return m.snapshot();
		});
		return view(snapshot, by);
	}

	private <T> T changeReturning(MeetingId id, Viewer.Member by, MeetingChange kind, String action, Function<Meeting, T> change) {
		var stored = store.lock(id).filter(s -> MeetingView.visibleTo(s.snapshot(), by)).orElseThrow(() -> notFound(id));
		var meeting = new Meeting(stored.snapshot());
		var result = change.apply(meeting);
		store.save(meeting, stored.revision(), kind, action, by, clock.instant());
		publish(meeting);
		return result;
	}

	private void publish(Meeting meeting) {
		meeting.takeEvents().forEach(events::publishEvent);
	}

	private static String followUpTitle(ActionItem item) {
		return "Follow-up: " + item.text() + " (" + item.owner() + ")";
	}

	private static NotFoundException notFound(MeetingId id) {
		return new NotFoundException("meeting", id);
	}
}
