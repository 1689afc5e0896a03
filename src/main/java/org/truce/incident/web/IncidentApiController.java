package org.truce.incident.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.core.InvalidInputException;
import org.truce.core.Links;
import org.truce.identity.CurrentViewer;
import org.truce.incident.IncidentId;
import org.truce.incident.IncidentQuery;
import org.truce.incident.Incidents;
import org.truce.report.ReportId;

/** Reading incidents, and the analysts' actions on them. */
@RestController
@RequestMapping("/api/v1/incidents")
class IncidentApiController {

	private static final Pattern ADMIN1 = Pattern.compile("[A-Z]{2}\\d{2}");

	private final Incidents incidents;
	private final CurrentViewer viewer;

	IncidentApiController(Incidents incidents, CurrentViewer viewer) {
		this.incidents = incidents;
		this.viewer = viewer;
	}

	@GetMapping("/{id}")
	IncidentResponse get(@PathVariable UUID id) {
		return IncidentResponse.of(incidents.get(new IncidentId(id), viewer.get()));
	}

	@GetMapping
	IncidentList list(@RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable String admin1, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (admin1 != null && !ADMIN1.matcher(admin1).matches()) {
			throw new InvalidInputException("admin1", "must be a governorate P-code such as SY01");
		}
		if (from != null && to != null && to.isBefore(from)) {
			throw new InvalidInputException("to", "must not be before from");
		}
		if (page < 0) {
			throw new InvalidInputException("page", "must be zero or more");
		}
		if (size < 1 || size > IncidentQuery.MAXIMUM_PAGE_SIZE) {
			throw new InvalidInputException("size", "must be between 1 and " + IncidentQuery.MAXIMUM_PAGE_SIZE);
		}
		var result = incidents.list(new IncidentQuery(from, to, admin1, page, size), viewer.get());
		return new IncidentList(result.items().stream().map(IncidentResponse.Summary::of).toList(), result.total(), result.page(),
				result.size());
	}

	@PostMapping("/{id}/links/{reportId}/confirm")
	IncidentResponse confirm(@PathVariable UUID id, @PathVariable UUID reportId, @RequestBody ReasonRequest request) {
		return IncidentResponse.of(incidents.confirm(new IncidentId(id), new ReportId(reportId), reason(request.reason()),
				viewer.member()));
	}

	@PostMapping("/{id}/links/{reportId}/reject")
	IncidentResponse reject(@PathVariable UUID id, @PathVariable UUID reportId, @RequestBody ReasonRequest request) {
		return IncidentResponse.of(incidents.reject(new IncidentId(id), new ReportId(reportId), reason(request.reason()),
				viewer.member()));
	}

	@PostMapping("/{id}/merge")
	IncidentResponse merge(@PathVariable UUID id, @RequestBody MergeRequest request) {
		if (request.otherIncidentId() == null) {
			throw new InvalidInputException("otherIncidentId", "is required: the incident to merge into this one");
		}
		return IncidentResponse.of(incidents.merge(new IncidentId(id), new IncidentId(request.otherIncidentId()),
				reason(request.reason()), viewer.member()));
	}

	@PostMapping("/{id}/split")
	ResponseEntity<IncidentResponse> split(@PathVariable UUID id, @RequestBody SplitRequest request) {
		if (request.reportIds() == null || request.reportIds().isEmpty()) {
			throw new InvalidInputException("reportIds", "is required: the reports to split off into a new incident");
		}
		var split = incidents.split(new IncidentId(id), request.reportIds().stream().map(ReportId::new).toList(),
				reason(request.reason()), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/incidents/{id}", split.id())).body(IncidentResponse.of(split));
	}

	private static String reason(@Nullable String reason) {
		return reason == null ? "" : reason;
	}

	record IncidentList(List<IncidentResponse.Summary> items, long total, int page, int size) {
	}

	record ReasonRequest(@Nullable String reason) {
	}

	record MergeRequest(@Nullable UUID otherIncidentId, @Nullable String reason) {
	}

	record SplitRequest(@Nullable List<UUID> reportIds, @Nullable String reason) {
	}
}
