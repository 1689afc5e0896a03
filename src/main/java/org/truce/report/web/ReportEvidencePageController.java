package org.truce.report.web;

import java.io.IOException;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.truce.core.Confidentiality;
import org.truce.identity.CurrentViewer;
import org.truce.identity.WebPages;
import org.truce.report.EvidenceFile;
import org.truce.report.EvidenceId;
import org.truce.report.ReportEvidence;
import org.truce.report.ReportId;

/** Attaching evidence from a report's page, and downloading it from there with the signed-in session. */
@Controller
@WebPages
class ReportEvidencePageController {

	private final ReportEvidence evidence;
	private final CurrentViewer viewer;

	ReportEvidencePageController(ReportEvidence evidence, CurrentViewer viewer) {
		this.evidence = evidence;
		this.viewer = viewer;
	}

	@PostMapping("/reports/{id}/evidence")
	String attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable Confidentiality confidentiality,
			@RequestParam(required = false) @Nullable String description) throws IOException {
		try (var content = file.getInputStream()) {
			evidence.attach(new ReportId(id), file.getOriginalFilename() == null ? "evidence" : file.getOriginalFilename(),
					description, confidentiality, content, viewer.member());
		}
		return "redirect:/reports/" + id + "?attached";
	}

	@GetMapping("/reports/{id}/evidence/{evidenceId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID evidenceId) {
		return served(evidence.open(new ReportId(id), new EvidenceId(evidenceId), viewer.get()));
	}

	/** A file as a download: never rendered inline, its type as detected, its original hash named. */
	static ResponseEntity<byte[]> served(EvidenceFile file) {
		var served = file.evidence();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(served.mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(served.filename()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Evidence-SHA256", served.sha256())
			.header("X-Metadata-Stripped", Boolean.toString(file.metadataStripped()))
			.body(file.content());
	}
}
