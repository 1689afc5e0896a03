package org.truce.verification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.truce.agreement.ActorId;
import org.truce.agreement.Actors;
import org.truce.agreement.Agreements;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.EnumInput;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.identity.CurrentViewer;
import org.truce.identity.Delegations;
import org.truce.verification.CaseId;
import org.truce.verification.CaseState;
import org.truce.verification.Cases;
import org.truce.verification.GuarantorLog;
import org.truce.verification.GuarantorLogEntry;
import org.truce.verification.LogEntryId;
import org.truce.verification.LogEntryStatus;
import org.truce.verification.TaskKind;
import org.truce.verification.TaskOutcome;
import org.truce.verification.Verdict;
import org.truce.verification.VoteChoice;

/**
 * The verification pages: each member's inbox, the cases with the actions the member's role allows (plain forms, no
 * script needed), and the guarantors' daily table. The server checks every action again; the forms only offer them.
 */
@Controller
class VerificationPageController {

	private final Cases cases;
	private final GuarantorLog log;
	private final CurrentViewer viewer;
	private final Actors actors;
	private final Agreements agreements;
	private final Delegations delegations;

	VerificationPageController(Cases cases, GuarantorLog log, CurrentViewer viewer, Actors actors, Agreements agreements,
			Delegations delegations) {
		this.cases = cases;
		this.log = log;
		this.viewer = viewer;
		this.actors = actors;
		this.agreements = agreements;
		this.delegations = delegations;
	}

	@GetMapping("/inbox")
	String inbox(Model model) {
		var member = viewer.member();
		model.addAttribute("inbox", cases.inbox(member));
		model.addAttribute("mechanism", member.role().readsGuarantorMaterial());
		return "verification/inbox";
	}

	@GetMapping("/cases")
	String list(Model model) {
		model.addAttribute("cases", cases.visibleTo(viewer.get(), 200, 0).stream()
			.map(kase -> CaseView.of(kase, viewer.get(), cases)).toList());
		model.addAttribute("metrics", cases.metrics(viewer.get()));
		return "verification/cases";
	}

	@GetMapping("/cases/{id}")
	String show(@PathVariable UUID id, Model model) {
		var member = viewer.member();
		var kase = cases.get(new CaseId(id), member);
		var mechanism = member.role().readsGuarantorMaterial();
		var view = CaseView.of(kase, member, cases);
		boolean secretariat = member.role() == Role.SECRETARIAT;
		model.addAttribute("kase", view);
		model.addAttribute("actorNames", actorNames(view));
		model.addAttribute("mechanism", mechanism);
		model.addAttribute("guarantor", member.role() == Role.GUARANTOR);
		model.addAttribute("accused", kase.accused().contains(member.delegation()));
		model.addAttribute("me", member.delegation().value());
		model.addAttribute("nextStates", kase.state().next().stream()
			.filter(s -> s != CaseState.DETERMINED)
			.filter(s -> s != CaseState.PUBLISHED || secretariat)
			.filter(s -> s != CaseState.FINDING_DRAFTED || secretariat && kase.state() == CaseState.VOTING)
			.toList());
		model.addAttribute("voteChoices", VoteChoice.values());
		model.addAttribute("taskKinds", TaskKind.values());
		model.addAttribute("taskOutcomes", TaskOutcome.values());
		if (mechanism) {
			model.addAttribute("revisions", cases.revisions(kase.id(), member).reversed());
			model.addAttribute("actorOptions", actors.search("", 1_000).items());
			model.addAttribute("clauses", agreements.inForceAt(kase.openedAt()).map(a -> a.clauses()).orElse(List.of()));
			model.addAttribute("monitors", delegations.all().stream().filter(d -> d.role() == Role.MONITOR).toList());
		}
		return "verification/case";
	}

	@PostMapping("/cases/{id}/transitions")
	String transition(@PathVariable UUID id, @RequestParam String to, @RequestParam String reason,
			@RequestParam(required = false) @Nullable String replyDueAt) {
		cases.transition(new CaseId(id), EnumInput.parse("to", to, CaseState.class), reason, localInstant(replyDueAt),
				viewer.member());
		return back(id);
	}

	@PostMapping("/cases/{id}/replies")
	String reply(@PathVariable UUID id, @RequestParam String text) {
		cases.reply(new CaseId(id), text, viewer.member());
		return back(id);
	}

	@PostMapping("/cases/{id}/finding")
	String finding(@PathVariable UUID id, @RequestParam String type, @RequestParam(required = false) @Nullable UUID attributedTo,
			@RequestParam(required = false) @Nullable List<String> clauses, @RequestParam(required = false) @Nullable String reason,
			@RequestParam(required = false) @Nullable String explanation, @RequestParam String summary) {
		var determination = new DeterminationJson(type, attributedTo, clauses, reason, explanation).toDetermination();
		cases.draftFinding(new CaseId(id), determination, summary, viewer.member());
		return back(id);
	}

	@PostMapping("/cases/{id}/votes")
	String vote(@PathVariable UUID id, @RequestParam String choice, @RequestParam String rationale) {
		cases.vote(new CaseId(id), EnumInput.parse("choice", choice, VoteChoice.class), rationale, viewer.member());
		return back(id);
	}

	@PostMapping("/cases/{id}/tasks")
	String assign(@PathVariable UUID id, @RequestParam String assignee, @RequestParam String kind,
			@RequestParam String description, @RequestParam String dueAt) {
		cases.assignTask(new CaseId(id), new DelegationCode(assignee), EnumInput.parse("kind", kind, TaskKind.class),
				description, Objects.requireNonNull(localInstant(dueAt)), viewer.member());
		return back(id);
	}

	@PostMapping("/cases/{id}/tasks/{taskId}/completion")
	String complete(@PathVariable UUID id, @PathVariable UUID taskId, @RequestParam String outcome, @RequestParam String result) {
		cases.completeTask(new CaseId(id), taskId, EnumInput.parse("outcome", outcome, TaskOutcome.class), result,
				viewer.member());
		return back(id);
	}

	@GetMapping("/guarantor-log")
	String daily(@RequestParam(required = false) @Nullable LocalDate from, @RequestParam(required = false) @Nullable LocalDate to,
			Model model) {
		var until = to == null ? LocalDate.of(2017, 3, 31) : to;
		var since = from == null ? until.minusDays(30) : from;
		model.addAttribute("from", since);
		model.addAttribute("to", until);
		model.addAttribute("rows", log.daily(since, until, viewer.get()));
		var me = viewer.member();
		model.addAttribute("entries", log.entries(null, null, since, until, null, me).stream()
			.map(e -> new LogRow(e, log.status(e), me.role() == Role.GUARANTOR && !e.guarantor().equals(me.delegation())
					&& e.crossChecks().stream().noneMatch(c -> c.guarantor().equals(me.delegation()))))
			.toList());
		model.addAttribute("verdicts", Arrays.asList(Verdict.values()));
		return "verification/log";
	}

	@PostMapping("/guarantor-log/{id}/confirmations")
	String crossCheck(@PathVariable UUID id, @RequestParam String verdict, @RequestParam String reason) {
		log.crossCheck(new LogEntryId(id), EnumInput.parse("verdict", verdict, Verdict.class), reason, viewer.member());
		return "redirect:/guarantor-log";
	}

	/** A log entry with its status, and whether the member may still confirm or dispute it. */
	record LogRow(GuarantorLogEntry entry, LogEntryStatus status, boolean mayAnswer) {
	}

	/**
	 * A refused action returns to the page it came from with the reason shown there, rather than to an error page:
	 * the action may be fine a moment later (a deadline, another guarantor's vote).
	 */
	@ExceptionHandler({ ConflictException.class, InvalidInputException.class, ForbiddenException.class })
	String refused(RuntimeException e, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("problem", e.getMessage());
		var path = request.getRequestURI();
		var target = path.startsWith(request.getContextPath() + "/guarantor-log") ? "/guarantor-log"
				: path.replaceFirst("^(.*/cases/[0-9a-f-]{36}).*$", "$1").substring(request.getContextPath().length());
		return "redirect:" + target;
	}

	/** The names of the actors the case's determinations are attributed to, by id. */
	private Map<UUID, String> actorNames(CaseView kase) {
		var determinations = Stream.concat(Stream.of(kase.finding() == null ? null : kase.finding().determination(),
				kase.ruling() == null ? null : kase.ruling().determination()), kase.rounds().stream().map(CaseView.RoundView::determination));
		var names = new HashMap<UUID, String>();
		determinations.filter(Objects::nonNull).map(DeterminationJson::attributedToActorId).filter(Objects::nonNull)
			.forEach(actor -> actors.find(new ActorId(actor)).ifPresent(found -> names.put(actor, found.name())));
		return names;
	}

	private static String back(UUID id) {
		return "redirect:/cases/" + id;
	}

	/** A {@code datetime-local} form value, which the pages state in UTC. */
	private static @Nullable Instant localInstant(@Nullable String value) {
		return value == null || value.isBlank() ? null : LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
	}
}
