package org.truce.report.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.truce.core.Confidentiality;
import org.truce.core.Links;
import org.truce.identity.CurrentViewer;
import org.truce.ledger.LoggedSubject;
import org.truce.report.Evidence;
import org.truce.report.EvidenceId;
import org.truce.report.ReportEvidence;
import org.truce.report.ReportId;

/** Evidence files of a report: attached as multipart uploads, listed, and downloaded as each viewer may see them. */
@RestController
@RequestMapping("/api/v1/reports/{reportId}/evidence")
class ReportEvidenceController {

	private final ReportEvidence evidence;
	private final CurrentViewer viewer;

	ReportEvidenceController(ReportEvidence evidence, CurrentViewer viewer) {
		this.evidence = evidence;
		this.viewer = viewer;
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<EvidenceView> attach(@PathVariable UUID reportId, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable Confidentiality confidentiality,
			@RequestParam(required = false) @Nullable String description) throws IOException {
		try (var content = file.getInputStream()) {
			var attached = evidence.attach(new ReportId(reportId),
					file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename(), description, confidentiality,
					content, viewer.member());
			return ResponseEntity.created(Links.to("/api/v1/reports/{report}/evidence/{id}", reportId, attached.id()))
				.body(EvidenceView.of(attached));
		}
	}

	@GetMapping
	EvidenceList list(@PathVariable UUID reportId) {
		return new EvidenceList(evidence.of(new ReportId(reportId), viewer.get()).stream().map(EvidenceView::of).toList());
	}

	@GetMapping("/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable UUID reportId, @PathVariable UUID evidenceId) {
		return ReportEvidencePageController.served(evidence.open(new ReportId(reportId), new EvidenceId(evidenceId), viewer.get()));
	}

	/** The file's ledger entry with the exact content its hash covers and the salt: enough to recompute the hash. */
	@GetMapping("/{evidenceId}/ledger")
	LoggedSubject.Check ledger(@PathVariable UUID reportId, @PathVariable UUID evidenceId) {
		return evidence.ledgerEntry(new ReportId(reportId), new EvidenceId(evidenceId), viewer.get()).check();
	}

	record EvidenceView(UUID id, String sha256, long size, String mediaType, String filename, String description,
			Confidentiality confidentiality, String owner, Instant uploadedAt) {

		static EvidenceView of(Evidence evidence) {
			return new EvidenceView(evidence.id().value(), evidence.sha256(), evidence.size(), evidence.mediaType(),
					evidence.filename(), evidence.description(), evidence.confidentiality(), evidence.owner().value(),
					evidence.uploadedAt());
		}
	}

	record EvidenceList(List<EvidenceView> items) {
	}
}
