package org.truce.meeting.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.EnumInput;
import org.truce.core.InvalidInputException;
import org.truce.core.Links;
import org.truce.core.NotFoundException;
import org.truce.identity.CurrentViewer;
import org.truce.ledger.LoggedSubject;
import org.truce.meeting.ActionItem;
import org.truce.meeting.AgendaItem;
import org.truce.meeting.AgendaKind;
import org.truce.meeting.BriefingPack;
import org.truce.meeting.Briefings;
import org.truce.meeting.LineUpMember;
import org.truce.meeting.MeetingId;
import org.truce.meeting.MeetingRevision;
import org.truce.meeting.MeetingView;
import org.truce.meeting.Meetings;
import org.truce.meeting.OutcomeStatement;

/**
 * Meetings: scheduling, agenda, invitations, line-ups, minutes, the outcome statement, action items and calendar files;
 * the published outcome statements, to anyone.
 */
@RestController
@RequestMapping("/api/v1")
class MeetingController {

	static final MediaType CALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final Meetings meetings;
	private final Briefings briefings;
	private final CurrentViewer viewer;

	MeetingController(Meetings meetings, Briefings briefings, CurrentViewer viewer) {
		this.meetings = meetings;
		this.briefings = briefings;
		this.viewer = viewer;
	}

	@PostMapping("/meetings")
	ResponseEntity<MeetingView> schedule(@RequestBody ScheduleRequest request) {
		present("title", request.title(), "startsAt", request.startsAt(), "venue", request.venue());
		var startsAt = required("startsAt", request.startsAt());
		var endsAt = request.endsAt() == null ? startsAt.plusSeconds(4 * 3600) : request.endsAt();
		var meeting = meetings.schedule(required("title", request.title()), startsAt, endsAt, zone(request.timeZone()),
				required("venue", request.venue()), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/meetings/{id}", meeting.id())).body(meeting);
	}

	@GetMapping("/meetings")
	MeetingList list() {
		return new MeetingList(meetings.visibleTo(viewer.get()));
	}

	@GetMapping("/meetings/{id}")
	MeetingView get(@PathVariable UUID id) {
		return meetings.get(new MeetingId(id), viewer.get());
	}

	@GetMapping("/meetings/{id}/revisions")
	RevisionList revisions(@PathVariable UUID id) {
		return new RevisionList(meetings.revisions(new MeetingId(id), viewer.get()).stream().map(RevisionView::of).toList());
	}

	/** A revision's ledger entry with the exact content its hash covers and the salt: enough to recompute the hash. */
	@GetMapping("/meetings/{id}/revisions/{revision}/ledger")
	LoggedSubject.Check revisionLedger(@PathVariable UUID id, @PathVariable int revision) {
		return meetings.revisions(new MeetingId(id), viewer.get()).stream()
			.filter(r -> r.number() == revision)
			.map(MeetingRevision::ledger)
			.filter(Objects::nonNull)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("logged revision", id + "/" + revision))
			.check();
	}

	@PostMapping("/meetings/{id}/agenda-items")
	ResponseEntity<AgendaItem> addAgendaItem(@PathVariable UUID id, @RequestBody AgendaItemRequest request) {
		var item = meetings.addAgendaItem(new MeetingId(id), required("title", request.title()),
				request.kind() == null ? AgendaKind.OTHER : EnumInput.parse("kind", request.kind(), AgendaKind.class),
				request.subjectId(), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/meetings/{id}", id)).body(item);
	}

	/** To the whole meeting ({@code wholeMeeting: true}, or no items named) or to the items named. */
	@PostMapping("/meetings/{id}/invitations")
	ResponseEntity<MeetingView> invite(@PathVariable UUID id, @RequestBody InvitationRequest request) {
		var items = request.agendaItemIds() == null ? List.<UUID>of() : request.agendaItemIds();
		if (Boolean.TRUE.equals(request.wholeMeeting()) && !items.isEmpty()) {
			throw new InvalidInputException("wholeMeeting", "is true, yet agendaItemIds names items: invite to one or the other");
		}
		if (Boolean.FALSE.equals(request.wholeMeeting()) && items.isEmpty()) {
			throw new InvalidInputException("agendaItemIds", "must name the items when wholeMeeting is false");
		}
		var meeting = meetings.invite(new MeetingId(id), delegation("delegation", request.delegation()), items, viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/meetings/{id}", id)).body(meeting);
	}

	@PostMapping("/meetings/{id}/line-up")
	MeetingView lineUp(@PathVariable UUID id, @RequestBody LineUpRequest request) {
		var delegation = delegation("delegation", request.delegation());
		var members = request.members() == null ? List.<LineUpMember>of()
				: request.members().stream()
					.map(m -> new LineUpMember(delegation, required("members.name", m.name()), m.function() == null ? "" : m.function()))
					.toList();
		return meetings.setLineUp(new MeetingId(id), delegation, members, viewer.member());
	}

	@PostMapping("/meetings/{id}/held")
	MeetingView held(@PathVariable UUID id) {
		return meetings.markHeld(new MeetingId(id), viewer.member());
	}

	@PostMapping("/meetings/{id}/cancellation")
	MeetingView cancel(@PathVariable UUID id, @RequestBody ReasonRequest request) {
		return meetings.cancel(new MeetingId(id), required("reason", request.reason()), viewer.member());
	}

	@PostMapping("/meetings/{id}/minutes")
	MeetingView minutes(@PathVariable UUID id, @RequestBody MinutesRequest request) {
		return meetings.draftMinutes(new MeetingId(id), required("text", request.text()),
				request.level() == null ? Confidentiality.GUARANTORS : request.level(), viewer.member());
	}

	@PostMapping("/meetings/{id}/minutes/approvals")
	MeetingView approve(@PathVariable UUID id) {
		return meetings.approveMinutes(new MeetingId(id), viewer.member());
	}

	@PostMapping("/meetings/{id}/statement")
	MeetingView statement(@PathVariable UUID id, @RequestBody TextRequest request) {
		return meetings.publishStatement(new MeetingId(id), required("text", request.text()), viewer.member());
	}

	@PostMapping("/meetings/{id}/action-items")
	ResponseEntity<ActionItem> decide(@PathVariable UUID id, @RequestBody ActionItemRequest request) {
		present("text", request.text(), "owner", request.owner(), "dueAt", request.dueAt());
		var item = meetings.decideActionItem(new MeetingId(id), required("text", request.text()),
				delegation("owner", request.owner()), required("dueAt", request.dueAt()), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/meetings/{id}", id)).body(item);
	}

	@PostMapping("/action-items/{id}/closure")
	ActionItem close(@PathVariable UUID id, @RequestBody TextRequest request) {
		return meetings.closeActionItem(id, required("text", request.text()), viewer.member());
	}

	@GetMapping("/action-items/{id}/ledger")
	LoggedSubject.Check actionItemLedger(@PathVariable UUID id) {
		return meetings.actionItemLedgerEntry(id, viewer.get()).check();
	}

	@GetMapping("/action-items/{id}/closure/ledger")
	LoggedSubject.Check closureLedger(@PathVariable UUID id) {
		return meetings.closureLedgerEntry(id, viewer.get()).check();
	}

	@GetMapping("/meetings/{id}/invitation.ics")
	ResponseEntity<String> calendar(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.contentType(CALENDAR)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("invitation.ics").build().toString())
			.body(meetings.invitation(new MeetingId(id), viewer.member()));
	}

	@GetMapping("/meetings/{id}/briefing")
	BriefingPack briefing(@PathVariable UUID id) {
		return briefings.pack(new MeetingId(id), viewer.get());
	}

	@GetMapping("/meetings/{id}/briefing.pdf")
	ResponseEntity<byte[]> briefingPdf(@PathVariable UUID id, Locale locale) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("briefing.pdf").build().toString())
			.body(briefings.pdf(new MeetingId(id), viewer.get(), locale));
	}

	@GetMapping("/statements")
	StatementList statements() {
		return new StatementList(meetings.statements().stream().map(StatementResponse::of).toList());
	}

	@GetMapping("/statements/{id}")
	StatementResponse statement(@PathVariable UUID id) {
		return StatementResponse.of(meetings.statement(new MeetingId(id)));
	}

	private static ZoneId zone(@Nullable String timeZone) {
		if (timeZone == null) {
			return ZoneId.of("UTC");
		}
		try {
			return ZoneId.of(timeZone);
		}
		catch (DateTimeException e) {
			throw new InvalidInputException("timeZone", "is not a time zone such as Asia/Almaty");
		}
	}

	private static DelegationCode delegation(String field, @Nullable String code) {
		if (code == null || !DelegationCode.isValid(code)) {
			throw new InvalidInputException(field, "must be a delegation code such as JO");
		}
		return new DelegationCode(code);
	}

	/** Names every field missing from the request at once, as pairs of a field's name and its value. */
	private static void present(@Nullable Object... fieldsAndValues) {
		var missing = new ArrayList<InvalidInputException.FieldError>();
		for (int i = 0; i < fieldsAndValues.length; i += 2) {
			if (fieldsAndValues[i + 1] == null) {
				missing.add(new InvalidInputException.FieldError(String.valueOf(fieldsAndValues[i]), "is required"));
			}
		}
		if (!missing.isEmpty()) {
			throw new InvalidInputException(missing);
		}
	}

	private static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw new InvalidInputException(field, "is required");
		}
		return value;
	}

	record ScheduleRequest(@Nullable String title, @Nullable Instant startsAt, @Nullable Instant endsAt,
			@Nullable String timeZone, @Nullable String venue) {
	}

	record AgendaItemRequest(@Nullable String title, @Nullable String kind, @JsonAlias("subject") @Nullable UUID subjectId) {
	}

	record InvitationRequest(@Nullable String delegation, @JsonAlias("agendaItems") @Nullable List<UUID> agendaItemIds,
			@Nullable Boolean wholeMeeting) {
	}

	record LineUpRequest(@Nullable String delegation, @Nullable List<MemberRequest> members) {
	}

	record MemberRequest(@Nullable String name, @Nullable String function) {
	}

	record ReasonRequest(@Nullable String reason) {
	}

	record MinutesRequest(@Nullable String text, @Nullable Confidentiality level) {
	}

	record TextRequest(@Nullable String text) {
	}

	record ActionItemRequest(@Nullable String text, @Nullable String owner, @Nullable Instant dueAt) {
	}

	record MeetingList(List<MeetingView> items) {
	}

	record RevisionList(List<RevisionView> items) {
	}

	/** @param ledger where the revision's entry is in the ledger and the salt to check it by; none where it may not be checked */
	record RevisionView(int revision, Instant recordedAt, String action, LoggedSubject.@Nullable Reference ledger) {

		static RevisionView of(MeetingRevision revision) {
			var logged = revision.ledger();
			return new RevisionView(revision.number(), revision.recordedAt(), revision.action(),
					logged == null ? null : logged.reference());
		}
	}

	/** @param id the meeting's, whose statement it is */
	record StatementResponse(UUID id, String title, Instant startsAt, Instant endsAt, ZoneId timeZone, String venue, String text,
			Instant publishedAt) {

		static StatementResponse of(OutcomeStatement statement) {
			return new StatementResponse(statement.meeting().value(), statement.title(), statement.startsAt(), statement.endsAt(),
					statement.timeZone(), statement.venue(), statement.text(), statement.publishedAt());
		}
	}

	record StatementList(List<StatementResponse> items) {
	}
}
