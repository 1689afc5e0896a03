package org.truce.report.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.truce.agreement.ActorId;
import org.truce.agreement.Actors;
import org.truce.agreement.AdminAreas;
import org.truce.core.Confidentiality;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.identity.CurrentViewer;
import org.truce.identity.Delegations;
import org.truce.identity.WebPages;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.ObservationMethod;
import org.truce.report.ReportDetails;
import org.truce.report.ReportEvidence;
import org.truce.report.ReportId;
import org.truce.report.ReportPage;
import org.truce.report.ReportRegister;
import org.truce.report.TimePrecision;

/** The register's pages: the filtered list, a report with its revisions, and the forms to file and amend. */
@Controller
@WebPages
class ReportPageController {

	private static final int PAGE_SIZE = 50;
	private static final int ACTOR_OPTIONS = 1_000;
	/** The message key of each filter's label, by parameter. */
	private static final Map<String, String> FILTER_LABELS = Map.of("from", "report.filter.from", "to", "report.filter.to",
			"admin1", "report.filter.governorate", "category", "report.filter.category", "delegation", "report.filter.delegation");

	private final ReportRegister register;
	private final CurrentViewer viewer;
	private final AdminAreas adminAreas;
	private final Delegations delegations;
	private final Actors actors;
	private final ReportEvidence evidence;
	private final Annotator annotator;

	ReportPageController(ReportRegister register, CurrentViewer viewer, AdminAreas adminAreas, Delegations delegations,
			Actors actors, ReportEvidence evidence, Annotator annotator) {
		this.evidence = evidence;
		this.register = register;
		this.viewer = viewer;
		this.adminAreas = adminAreas;
		this.delegations = delegations;
		this.actors = actors;
		this.annotator = annotator;
	}

	/**
	 * The filtered list. Its filters are those of the API ({@link ReportFilters}); one malformed in the address answers
	 * 422 with the page saying which, and no reports.
	 */
	@GetMapping("/reports")
	String list(@RequestParam(required = false) @Nullable LocalDate from, @RequestParam(required = false) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String admin1, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String delegation, @RequestParam(defaultValue = "0") int page,
			Model model, HttpServletResponse response) {
		ReportPage result;
		try {
			result = register.list(ReportFilters.query(from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
					to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), admin1, category, null, delegation,
					Math.max(page, 0), PAGE_SIZE), viewer.get());
			model.addAttribute("filterErrors", List.of());
		}
		catch (InvalidInputException e) {
			response.setStatus(422);
			result = new ReportPage(List.of(), 0, 0, PAGE_SIZE);
			model.addAttribute("filterErrors", e.errors().stream().map(error -> FILTER_LABELS.getOrDefault(error.field(), error.field()))
				.distinct().toList());
		}
		model.addAttribute("reports", result);
		model.addAttribute("actorNames", actorNames(result.items()));
		model.addAttribute("filter", Map.of("from", from == null ? "" : from.toString(), "to", to == null ? "" : to.toString(),
				"admin1", admin1 == null ? "" : admin1, "category", category == null ? "" : category, "delegation",
				delegation == null ? "" : delegation));
		model.addAttribute("governorates", adminAreas.governorates());
		model.addAttribute("categories", Category.values());
		model.addAttribute("delegations", delegations.all());
		return "reports/list";
	}

	@GetMapping("/reports/{id}")
	String detail(@PathVariable UUID id, Model model) {
		var report = register.get(new ReportId(id), viewer.get());
		model.addAttribute("report", report);
		var revisions = register.revisions(report.id(), viewer.get());
		model.addAttribute("revisions", revisions.reversed());
		model.addAttribute("changes", RevisionDiff.of(revisions));
		model.addAttribute("evidence", evidence.of(report.id(), viewer.get()));
		model.addAttribute("evidenceLevels", Arrays.stream(Confidentiality.values())
			.filter(level -> level.isAtLeast(report.content().confidentiality()))
			.toList());
		model.addAttribute("actorNames", actorNames(List.of(report)));
		model.addAttribute("owner", viewer.get().asMember().map(m -> m.owns(report.sourceDelegation())).orElse(false));
		model.addAttribute("annotations",
				annotator.annotate(List.of(report.id()), viewer.get()).getOrDefault(report.id(), List.of()));
		return "reports/detail";
	}

	/** The form, for the roles that may file (not observers: 403, as filing would answer). */
	@GetMapping("/reports/new")
	String newReport(Model model) {
		ReportRegister.requireMayFile(viewer.member());
		return form(new ReportForm(), null, model);
	}

	@PostMapping("/reports")
	String file(@ModelAttribute("form") ReportForm form, Model model, HttpServletResponse response) {
		try {
			var filing = register.file(form.toDraft(), viewer.member(), null);
			return "redirect:/reports/" + filing.report().id() + "?filed";
		}
		catch (InvalidInputException e) {
			return refused(form, null, e, model, response);
		}
	}

	/** The amendment form, for the delegation that filed the report (others: 403, as amending would answer). */
	@GetMapping("/reports/{id}/amend")
	String amendForm(@PathVariable UUID id, Model model) {
		var member = viewer.member();
		var report = register.get(new ReportId(id), member);
		if (!member.owns(report.sourceDelegation())) {
			throw new ForbiddenException("Another delegation's report");
		}
		return form(ReportForm.of(report.content(), report.revision()), report, model);
	}

	@PostMapping("/reports/{id}/amend")
	String amend(@PathVariable UUID id, @ModelAttribute("form") ReportForm form, Model model, HttpServletResponse response) {
		var reportId = new ReportId(id);
		try {
			register.amend(reportId, form.toDraft(), form.getReason(), form.expectedRevisionNumber(), viewer.member());
			return "redirect:/reports/" + id + "?amended";
		}
		catch (InvalidInputException e) {
			return refused(form, register.get(reportId, viewer.get()), e, model, response);
		}
	}

	private String refused(ReportForm form, @Nullable ReportDetails report, InvalidInputException e, Model model,
			HttpServletResponse response) {
		response.setStatus(422);
		var errors = new HashMap<String, String>();
		e.errors().forEach(error -> errors.merge(ReportForm.formField(error.field()), error.message(), (a, b) -> a + "; " + b));
		model.addAttribute("errors", errors);
		return form(form, report, model);
	}

	private String form(ReportForm form, @Nullable ReportDetails report, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("report", report);
		model.addAttribute("categories", Category.values());
		model.addAttribute("timePrecisions", TimePrecision.values());
		model.addAttribute("locationPrecisions", LocationPrecision.values());
		model.addAttribute("observationMethods", ObservationMethod.values());
		model.addAttribute("levels", Arrays.stream(Confidentiality.values())
			.filter(level -> report == null || level.isAtLeast(report.content().confidentiality()))
			.toList());
		model.addAttribute("actorOptions", actors.search("", ACTOR_OPTIONS).items());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "reports/form";
	}

	private Map<ActorId, String> actorNames(List<ReportDetails> reports) {
		var names = new HashMap<ActorId, String>();
		for (var report : reports) {
			for (var actor : new ActorId[] { report.content().allegedPerpetrator(), report.content().target() }) {
				if (actor != null && !names.containsKey(actor)) {
					actors.find(actor).ifPresent(found -> names.put(actor, found.name()));
				}
			}
		}
		return names;
	}
}
