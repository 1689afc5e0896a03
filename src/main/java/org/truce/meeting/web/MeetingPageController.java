package org.truce.meeting.web;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.EnumInput;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.identity.CurrentViewer;
import org.truce.identity.Delegations;
import org.truce.identity.WebPages;
import org.truce.meeting.AgendaKind;
import org.truce.meeting.Briefings;
import org.truce.meeting.LineUpMember;
import org.truce.meeting.MeetingId;
import org.truce.meeting.Meetings;
import tools.jackson.databind.json.JsonMapper;

/**
 * The meeting pages: the list, a meeting as the member may see it with the secretariat's forms, the briefing pack, and
 * the published outcome statements, to anyone.
 */
@Controller
@WebPages
class MeetingPageController {

	private final Meetings meetings;
	private final Briefings briefings;
	private final CurrentViewer viewer;
	private final Delegations delegations;

	MeetingPageController(Meetings meetings, Briefings briefings, CurrentViewer viewer, Delegations delegations) {
		this.meetings = meetings;
		this.briefings = briefings;
		this.viewer = viewer;
		this.delegations = delegations;
	}

	@GetMapping("/meetings")
	String list(Model model) {
		var member = viewer.member();
		model.addAttribute("meetings", meetings.visibleTo(member));
		model.addAttribute("secretariat", member.role() == Role.SECRETARIAT);
		return "meeting/list";
	}

	@PostMapping("/meetings")
	String schedule(@RequestParam String title, @RequestParam String startsAt, @RequestParam String endsAt,
			@RequestParam String timeZone, @RequestParam String venue) {
		var zone = ZoneId.of(timeZone);
		var meeting = meetings.schedule(title, LocalDateTime.parse(startsAt).atZone(zone).toInstant(),
				LocalDateTime.parse(endsAt).atZone(zone).toInstant(), zone, venue, viewer.member());
		return "redirect:/meetings/" + meeting.id();
	}

	@GetMapping("/meetings/{id}")
	String show(@PathVariable UUID id, Model model) {
		var member = viewer.member();
		var meeting = meetings.get(new MeetingId(id), member);
		model.addAttribute("meeting", meeting);
		model.addAttribute("secretariat", member.role() == Role.SECRETARIAT);
		var participant = meeting.invitations().stream()
			.anyMatch(i -> i.delegation().equals(member.delegation()) && i.wholeMeeting());
		var minutes = meeting.minutes();
		model.addAttribute("mayApprove", participant && minutes != null && minutes.approvedAt() == null
				&& !minutes.approvedBy(member.delegation()));
		model.addAttribute("me", member.delegation().value());
		model.addAttribute("invited", meeting.invitations().stream().anyMatch(i -> i.delegation().equals(member.delegation())));
		model.addAttribute("briefed", member.role().readsGuarantorMaterial()
				|| meeting.agenda().stream().anyMatch(a -> a.kind() == AgendaKind.IMPLEMENTATION_REVIEW));
		model.addAttribute("kinds", AgendaKind.values());
		model.addAttribute("delegations", delegations.all());
		model.addAttribute("levels", Arrays.asList(Confidentiality.values()));
		return "meeting/meeting";
	}

	@PostMapping("/meetings/{id}/agenda-items")
	String agenda(@PathVariable UUID id, @RequestParam String title, @RequestParam String kind,
			@RequestParam(required = false) @Nullable String subjectId) {
		meetings.addAgendaItem(new MeetingId(id), title, EnumInput.parse("kind", kind, AgendaKind.class),
				subjectId == null || subjectId.isBlank() ? null : UUID.fromString(subjectId.strip()), viewer.member());
		return back(id);
	}

	@PostMapping("/meetings/{id}/invitations")
	String invite(@PathVariable UUID id, @RequestParam String delegation,
			@RequestParam(required = false) @Nullable List<UUID> agendaItemIds) {
		meetings.invite(new MeetingId(id), new DelegationCode(delegation), agendaItemIds == null ? List.of() : agendaItemIds,
				viewer.member());
		return back(id);
	}

	@PostMapping("/meetings/{id}/line-up")
	String lineUp(@PathVariable UUID id, @RequestParam String delegation, @RequestParam String names) {
		var code = new DelegationCode(delegation);
		var members = names.lines().map(String::strip).filter(l -> !l.isEmpty())
			.map(l -> l.split("\\s*[—,-]\\s*", 2))
			.map(parts -> new LineUpMember(code, parts[0], parts.length > 1 ? parts[1] : ""))
			.toList();
		meetings.setLineUp(new MeetingId(id), code, members, viewer.member());
		return back(id);
	}

	@PostMapping("/meetings/{id}/held")
	String held(@PathVariable UUID id) {
		meetings.markHeld(new MeetingId(id), viewer.member());
		return back(id);
	}

	@PostMapping("/meetings/{id}/minutes")
	String minutes(@PathVariable UUID id, @RequestParam String text, @RequestParam String level) {
		meetings.draftMinutes(new MeetingId(id), text, EnumInput.parse("level", level, Confidentiality.class), viewer.member());
		return back(id);
	}

	@PostMapping("/meetings/{id}/minutes/approvals")
	String approve(@PathVariable UUID id) {
		meetings.approveMinutes(new MeetingId(id), viewer.member());
		return back(id);
	}

	@PostMapping("/meetings/{id}/statement")
	String statement(@PathVariable UUID id, @RequestParam String text) {
		meetings.publishStatement(new MeetingId(id), text, viewer.member());
		return back(id);
	}

	@PostMapping("/meetings/{id}/action-items")
	String decide(@PathVariable UUID id, @RequestParam String text, @RequestParam String owner, @RequestParam String dueAt) {
		meetings.decideActionItem(new MeetingId(id), text, new DelegationCode(owner),
				LocalDateTime.parse(dueAt).toInstant(ZoneOffset.UTC), viewer.member());
		return back(id);
	}

	@PostMapping("/meetings/{id}/action-items/{item}/closure")
	String close(@PathVariable UUID id, @PathVariable UUID item, @RequestParam String note) {
		meetings.closeActionItem(item, note, viewer.member());
		return back(id);
	}

	/** The pack with its charts drawn on the server, and the counts the map shades the governorates by. */
	@GetMapping("/meetings/{id}/briefing")
	String briefing(@PathVariable UUID id, Model model) {
		var pack = briefings.pack(new MeetingId(id), viewer.member());
		model.addAttribute("pack", pack);
		model.addAttribute("reportsByGovernorate", BarChart.of(pack.reportsByGovernorate()));
		model.addAttribute("reportsByCategory", BarChart.of(pack.reportsByCategory()));
		model.addAttribute("incidentsByGovernorate", BarChart.of(pack.incidentsByGovernorate()));
		model.addAttribute("incidentsByCategory", BarChart.of(pack.incidentsByCategory()));
		var shades = new LinkedHashMap<String, Long>();
		pack.reportsByGovernorate().forEach(count -> shades.put(count.key(), count.count()));
		model.addAttribute("mapCounts", JsonMapper.shared().writeValueAsString(shades));
		return "meeting/briefing";
	}

	@GetMapping("/meetings/{id}/briefing.pdf")
	ResponseEntity<byte[]> briefingPdf(@PathVariable UUID id, Locale locale) {
		return download(briefings.pdf(new MeetingId(id), viewer.member(), locale), MediaType.APPLICATION_PDF, "briefing.pdf");
	}

	@GetMapping("/meetings/{id}/invitation.ics")
	ResponseEntity<byte[]> calendar(@PathVariable UUID id) {
		return download(meetings.invitation(new MeetingId(id), viewer.member()).getBytes(StandardCharsets.UTF_8),
				MeetingController.CALENDAR, "invitation.ics");
	}

	@GetMapping("/statements")
	String statements(Model model) {
		model.addAttribute("statements", meetings.statements());
		return "meeting/statements";
	}

	@GetMapping("/statements/{id}")
	String statement(@PathVariable UUID id, Model model) {
		model.addAttribute("statement", meetings.statement(new MeetingId(id)));
		return "meeting/statement";
	}

	/** A refused action returns to the meeting with the reason shown there. */
	@ExceptionHandler({ ConflictException.class, InvalidInputException.class, ForbiddenException.class, IllegalArgumentException.class,
			DateTimeException.class })
	String refused(RuntimeException e, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("problem", e.getMessage());
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return "redirect:" + path.replaceFirst("^(/meetings(/[0-9a-f-]{36})?).*$", "$1");
	}

	private static ResponseEntity<byte[]> download(byte[] content, MediaType type, String filename) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
			.body(content);
	}

	private static String back(UUID id) {
		return "redirect:/meetings/" + id;
	}
}
