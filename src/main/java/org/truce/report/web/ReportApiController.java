package org.truce.report.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.core.Confidentiality;
import org.truce.core.InvalidInputException;
import org.truce.core.Links;
import org.truce.core.NotFoundException;
import org.truce.identity.CurrentViewer;
import org.truce.ledger.Ledger;
import org.truce.ledger.LoggedSubject;
import org.truce.report.ReportDetails;
import org.truce.report.ReportDraft;
import org.truce.report.ReportId;
import org.truce.report.ReportRegister;
import org.truce.report.ReportRevision;

/** Filing, reading, listing and amending reports. */
@RestController
@RequestMapping("/api/v1/reports")
class ReportApiController {

	static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	private final ReportRegister register;
	private final CurrentViewer viewer;
	private final Annotator annotator;
	private final Ledger ledger;

	ReportApiController(ReportRegister register, CurrentViewer viewer, Annotator annotator, Ledger ledger) {
		this.register = register;
		this.viewer = viewer;
		this.annotator = annotator;
		this.ledger = ledger;
	}

	@PostMapping
	ResponseEntity<ReportResponse> file(@RequestBody ReportDraft draft,
			@RequestHeader(name = IDEMPOTENCY_KEY, required = false) @Nullable String idempotencyKey) {
		var filing = register.file(draft, viewer.member(), idempotencyKey);
		var response = ResponseEntity.created(Links.to("/api/v1/reports/{id}", filing.report().id()));
		if (!filing.created()) {
			response.header("Idempotent-Replayed", "true");
		}
		return response.body(ReportResponse.withReceipt(filing.report(), filing.ledgerTicket() == null ? null
				: ledger.receiptFor(filing.ledgerTicket())));
	}

	@GetMapping("/{id}")
	ReportResponse get(@PathVariable UUID id) {
		var report = register.get(new ReportId(id), viewer.get());
		var annotations = annotator.annotate(List.of(report.id()), viewer.get());
		return ReportResponse.annotated(report, Annotator.fields(annotations.getOrDefault(report.id(), List.of())));
	}

	/** See {@link ReportFilters} for what each filter accepts. */
	@GetMapping
	ReportList list(@RequestParam(required = false) @Nullable Instant from, @RequestParam(required = false) @Nullable Instant to,
			@RequestParam(required = false) @Nullable String admin1, @RequestParam(required = false) @Nullable String category,
			@RequestParam(required = false) @Nullable String perpetrator,
			@RequestParam(required = false) @Nullable String delegation, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		var query = ReportFilters.query(from, to, admin1, category, perpetrator, delegation, page, size);
		var result = register.list(query, viewer.get());
		var annotations = annotator.annotate(result.items().stream().map(ReportDetails::id).toList(), viewer.get());
		return new ReportList(result.items().stream()
			.map(report -> ReportResponse.annotated(report, Annotator.fields(annotations.getOrDefault(report.id(), List.of()))))
			.toList(), result.total(), result.page(), result.size());
	}

	@GetMapping("/{id}/revisions")
	RevisionList revisions(@PathVariable UUID id) {
		var reportId = new ReportId(id);
		var current = register.get(reportId, viewer.get());
		var logged = register.ledgerEntries(reportId, viewer.get());
		return new RevisionList(register.revisions(reportId, viewer.get()).stream()
			.map(revision -> RevisionView.of(revision, current, logged.get(revision.number())))
			.toList());
	}

	/** A revision's ledger entry with the exact content its hash covers and the salt: enough to recompute the hash. */
	@GetMapping("/{id}/revisions/{revision}/ledger")
	LoggedSubject.Check revisionLedger(@PathVariable UUID id, @PathVariable int revision) {
		var logged = register.ledgerEntries(new ReportId(id), viewer.get()).get(revision);
		if (logged == null) {
			throw new NotFoundException("logged revision", id + "/" + revision);
		}
		return logged.check();
	}

	@PostMapping("/{id}/amendments")
	ReportResponse amend(@PathVariable UUID id, @RequestBody AmendmentRequest amendment) {
		if (amendment.report() == null) {
			throw new InvalidInputException("report", "is required: the report's full new content");
		}
		return withReceipt(register.amend(new ReportId(id), amendment.report(),
				amendment.reason() == null ? "" : amendment.reason(), amendment.expectedRevision(), viewer.member()));
	}

	@PostMapping("/{id}/confidentiality")
	ReportResponse raiseConfidentiality(@PathVariable UUID id, @RequestBody ConfidentialityRequest request) {
		if (request.level() == null) {
			throw new InvalidInputException("level", "is required");
		}
		return withReceipt(register.raiseConfidentiality(new ReportId(id), request.level(),
				request.reason() == null ? "" : request.reason(), viewer.member()));
	}

	/** The new revision with the receipt of its ledger entry, waited for once its transaction has committed. */
	private ReportResponse withReceipt(ReportRegister.Recorded recorded) {
		return ReportResponse.withReceipt(recorded.report(), ledger.receiptFor(recorded.ledgerTicket()));
	}

	record ReportList(List<ReportResponse> items, long total, int page, int size) {
	}

	record AmendmentRequest(@Nullable ReportDraft report, @Nullable String reason, @Nullable Integer expectedRevision) {
	}

	record ConfidentialityRequest(@Nullable Confidentiality level, @Nullable String reason) {
	}

	record RevisionList(List<RevisionView> items) {
	}

	/** @param ledger where the revision's entry is in the ledger and the salt to check it by; none until it is logged */
	record RevisionView(int revision, Instant recordedAt, String recordedBy, @Nullable String reason, ReportResponse report,
			LoggedSubject.@Nullable Reference ledger) {

		static RevisionView of(ReportRevision revision, ReportDetails current, @Nullable LoggedSubject logged) {
			return new RevisionView(revision.number(), revision.recordedAt(), revision.recordedBy().value(), revision.reason(),
					ReportResponse.of(current.id().value(), revision.content(), current), logged == null ? null : logged.reference());
		}
	}
}
