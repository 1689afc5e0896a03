package org.truce.incident.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.truce.agreement.ActorId;
import org.truce.agreement.Actors;
import org.truce.agreement.AdminArea;
import org.truce.agreement.AdminAreas;
import org.truce.core.ConflictException;
import org.truce.core.InvalidInputException;
import org.truce.identity.CurrentViewer;
import org.truce.identity.WebPages;
import org.truce.incident.IncidentDetails;
import org.truce.incident.IncidentId;
import org.truce.incident.IncidentLink;
import org.truce.incident.IncidentPanels;
import org.truce.incident.IncidentQuery;
import org.truce.incident.Incidents;
import org.truce.incident.LinkStatus;
import org.truce.report.Evidence;
import org.truce.report.ReportEvidence;
import org.truce.report.ReportId;
import tools.jackson.databind.json.JsonMapper;

/**
 * The incidents' pages: a filtered list, and an incident with the timeline of its reports, their links and
 * explanations, the scope pre-assessment, the map and the history — with the analysts' actions as plain forms.
 */
@Controller
@WebPages
class IncidentPageController {

	private static final int PAGE_SIZE = 50;

	private final Incidents incidents;
	private final CurrentViewer viewer;
	private final AdminAreas adminAreas;
	private final Actors actors;
	private final JsonMapper json;
	private final ReportEvidence evidence;
	private final List<IncidentPanels> panels;

	IncidentPageController(Incidents incidents, CurrentViewer viewer, AdminAreas adminAreas, Actors actors, JsonMapper json,
			ReportEvidence evidence, List<IncidentPanels> panels) {
		this.evidence = evidence;
		this.panels = panels;
		this.incidents = incidents;
		this.viewer = viewer;
		this.adminAreas = adminAreas;
		this.actors = actors;
		this.json = json;
	}

	@GetMapping("/incidents")
	String list(@RequestParam(required = false) @Nullable LocalDate from, @RequestParam(required = false) @Nullable LocalDate to,
			@RequestParam(required = false) @Nullable String admin1, @RequestParam(defaultValue = "0") int page, Model model) {
		var governorate = admin1 == null || admin1.isBlank() ? null : admin1;
		var result = incidents.list(new IncidentQuery(from == null ? null : from.atStartOfDay().toInstant(ZoneOffset.UTC),
				to == null ? null : to.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), governorate, Math.max(page, 0),
				PAGE_SIZE), viewer.get());
		model.addAttribute("incidents", result);
		model.addAttribute("filter", Map.of("from", from == null ? "" : from.toString(), "to", to == null ? "" : to.toString(),
				"admin1", governorate == null ? "" : governorate));
		model.addAttribute("governorates", adminAreas.governorates());
		model.addAttribute("governorateNames", governorateNames());
		return "incidents/list";
	}

	@GetMapping("/incidents/{id}")
	String detail(@PathVariable UUID id, Model model) {
		var incident = incidents.get(new IncidentId(id), viewer.get());
		model.addAttribute("incident", incident);
		model.addAttribute("links", incident.links().stream().collect(Collectors.toMap(IncidentLink::reportId, l -> l)));
		model.addAttribute("suggested",
				incident.links().stream().filter(l -> !l.counted() && l.status() == LinkStatus.PROPOSED).toList());
		model.addAttribute("rejected", incident.links().stream().filter(l -> l.status() == LinkStatus.REJECTED).toList());
		model.addAttribute("scope", IncidentResponse.ScopeView.of(incident.scope()));
		model.addAttribute("actorNames", actorNames(incident));
		model.addAttribute("governorateNames", governorateNames());
		model.addAttribute("analyst", viewer.get().asMember().map(m -> m.role().readsGuarantorMaterial()).orElse(false));
		model.addAttribute("evidence", incident.reports().stream()
			.flatMap(r -> evidence.of(r.id(), viewer.get()).stream().map(e -> new ReportFile(r.id().value(), e)))
			.toList());
		model.addAttribute("panels", panels.stream().flatMap(p -> p.panels(incident.id(), viewer.get()).stream()).toList());
		model.addAttribute("points", json.writeValueAsString(incident.reports().stream()
			.map(r -> Map.of("lat", r.content().location().point().lat(), "lon", r.content().location().point().lon(),
					"radius", r.content().location().precision().radiusMetres()))
			.toList()));
		return "incidents/detail";
	}

	/** A report's evidence file, listed on its incident's page. */
	record ReportFile(UUID reportId, Evidence file) {
	}

	@PostMapping("/incidents/{id}/links/{reportId}/confirm")
	String confirm(@PathVariable UUID id, @PathVariable UUID reportId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(id, redirect,
				() -> incidents.confirm(new IncidentId(id), new ReportId(reportId), reason, viewer.member()));
	}

	@PostMapping("/incidents/{id}/links/{reportId}/reject")
	String reject(@PathVariable UUID id, @PathVariable UUID reportId, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> incidents.reject(new IncidentId(id), new ReportId(reportId), reason, viewer.member()));
	}

	@PostMapping("/incidents/{id}/merge")
	String merge(@PathVariable UUID id, @RequestParam(defaultValue = "") String otherIncidentId,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> incidents.merge(new IncidentId(id), new IncidentId(uuid(otherIncidentId)), reason,
				viewer.member()));
	}

	@PostMapping("/incidents/{id}/split")
	String split(@PathVariable UUID id, @RequestParam(name = "reportIds", required = false) @Nullable List<UUID> reportIds,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		return act(id, redirect, () -> incidents.split(new IncidentId(id),
				reportIds == null ? List.of() : reportIds.stream().map(ReportId::new).toList(), reason, viewer.member()));
	}

	/**
	 * Carries out an analyst's action and shows the incident it leaves (a split shows the new one); an action the
	 * incident's state or the input does not allow is shown as refused on the incident's page. A role that may not act
	 * gets the error page, as for any forbidden request.
	 */
	private static String act(UUID id, RedirectAttributes redirect, Supplier<IncidentDetails> action) {
		try {
			var result = action.get();
			redirect.addFlashAttribute("done", true);
			return "redirect:/incidents/" + result.id();
		}
		catch (ConflictException | InvalidInputException refused) {
			redirect.addFlashAttribute("refused", refused.getMessage());
			return "redirect:/incidents/" + id;
		}
	}

	private static UUID uuid(String text) {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException notAnId) {
			throw new InvalidInputException("otherIncidentId", "must be an incident id");
		}
	}

	private Map<ActorId, String> actorNames(IncidentDetails incident) {
		var names = new HashMap<ActorId, String>();
		for (var actor : incident.profile().actors()) {
			actors.find(actor).ifPresent(found -> names.put(actor, found.name()));
		}
		return names;
	}

	private Map<String, String> governorateNames() {
		return adminAreas.governorates().stream().collect(Collectors.toMap(AdminArea::pcode, AdminArea::name));
	}
}
