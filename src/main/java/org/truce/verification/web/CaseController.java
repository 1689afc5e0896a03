package org.truce.verification.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.EnumInput;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Links;
import org.truce.core.NotFoundException;
import org.truce.core.Viewer;
import org.truce.identity.CurrentViewer;
import org.truce.ledger.Ledger;
import org.truce.ledger.LoggedSubject;
import org.truce.report.Evidence;
import org.truce.report.EvidenceId;
import org.truce.verification.CaseId;
import org.truce.verification.CaseMetrics;
import org.truce.verification.CaseRevision;
import org.truce.verification.CaseSnapshot;
import org.truce.verification.CaseState;
import org.truce.verification.Cases;
import org.truce.verification.Inbox;
import org.truce.verification.MonitorTask;
import org.truce.verification.Recorded;
import org.truce.verification.Reply;
import org.truce.verification.TaskKind;
import org.truce.verification.TaskOutcome;
import org.truce.verification.Vote;
import org.truce.verification.VoteChoice;

/** Verification cases: opening, moving, replying, drafting findings, voting, tasks, and reading them as each viewer may. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {

	private final Cases cases;
	private final CurrentViewer viewer;
	private final Ledger ledger;

	CaseController(Cases cases, CurrentViewer viewer, Ledger ledger) {
		this.cases = cases;
		this.viewer = viewer;
		this.ledger = ledger;
	}

	@PostMapping
	ResponseEntity<Receipted<CaseView>> open(@RequestBody OpenCase request) {
		var incident = required("incidentId", request.incidentId());
		var accused = request.accused() == null ? null
				: request.accused().stream().map(code -> delegation("accused", code)).toList();
		var opened = cases.open(incident, accused, request.reason() == null ? "case opened" : request.reason(), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/cases/{id}", opened.value().id())).body(view(opened));
	}

	@GetMapping("/{id}")
	CaseView get(@PathVariable UUID id) {
		return CaseView.of(cases.get(new CaseId(id), viewer.get()), viewer.get(), cases);
	}

	@GetMapping
	CaseList list(@RequestParam(required = false) @Nullable UUID incidentId, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		if (page < 0) {
			throw new InvalidInputException("page", "must be zero or more");
		}
		if (size < 1 || size > 200) {
			throw new InvalidInputException("size", "must be between 1 and 200");
		}
		var found = incidentId == null ? cases.visibleTo(viewer.get(), size, page * size)
				: cases.ofIncident(incidentId, viewer.get());
		return new CaseList(found.stream().map(kase -> CaseView.of(kase, viewer.get(), cases)).toList());
	}

	@GetMapping("/{id}/revisions")
	RevisionList revisions(@PathVariable UUID id) {
		var member = revisionReader(id);
		var logged = cases.ledgerEntries(new CaseId(id), member);
		return new RevisionList(cases.revisions(new CaseId(id), member).stream()
			.map(revision -> RevisionView.of(revision, logged.get(revision.number())))
			.toList());
	}

	/** A revision's ledger entry with the exact content its hash covers and the salt: enough to recompute the hash. */
	@GetMapping("/{id}/revisions/{revision}/ledger")
	LoggedSubject.Check revisionLedger(@PathVariable UUID id, @PathVariable int revision) {
		var logged = cases.ledgerEntries(new CaseId(id), revisionReader(id)).get(revision);
		if (logged == null) {
			throw new NotFoundException("logged revision", id + "/" + revision);
		}
		return logged.check();
	}

	/** The caller, if it reads the case's revisions: the guarantors and the secretariat; to others the case is as it reads. */
	private Viewer.Member revisionReader(UUID id) {
		var member = viewer.member();
		if (!member.role().readsGuarantorMaterial()) {
			cases.get(new CaseId(id), member);
			throw new ForbiddenException("A case's revisions are read by the guarantors and the secretariat");
		}
		return member;
	}

	@PostMapping("/{id}/transitions")
	Receipted<CaseView> transition(@PathVariable UUID id, @RequestBody TransitionRequest request) {
		var to = EnumInput.parse("to", request.to(), CaseState.class);
		return view(cases.transition(new CaseId(id), to, text("reason", request.reason()), request.replyDueAt(), viewer.member()));
	}

	@PostMapping("/{id}/replies")
	ResponseEntity<Receipted<Reply>> reply(@PathVariable UUID id, @RequestBody ReplyRequest request) {
		var reply = cases.reply(new CaseId(id), text("text", request.text()), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/cases/{id}", id)).body(Receipted.of(reply, ledger));
	}

	@PostMapping("/{id}/finding")
	Receipted<CaseView> finding(@PathVariable UUID id, @RequestBody FindingRequest request) {
		if (request.determination() == null) {
			throw new InvalidInputException("determination", "is required");
		}
		return view(cases.draftFinding(new CaseId(id), request.determination().toDetermination(), text("summary", request.summary()),
				viewer.member()));
	}

	@PostMapping("/{id}/votes")
	ResponseEntity<Receipted<Vote>> vote(@PathVariable UUID id, @RequestBody VoteRequest request) {
		var vote = cases.vote(new CaseId(id), request.toChoice(), request.rationale() == null ? "" : request.rationale(),
				viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/cases/{id}", id)).body(Receipted.of(vote, ledger));
	}

	@PostMapping("/{id}/tasks")
	ResponseEntity<Receipted<MonitorTask>> assign(@PathVariable UUID id, @RequestBody TaskRequest request) {
		var task = cases.assignTask(new CaseId(id), delegation("assignee", request.assignee()),
				EnumInput.parse("kind", request.kind(), TaskKind.class), text("description", request.description()),
				required("dueAt", request.dueAt()), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/cases/{id}", id)).body(Receipted.of(task, ledger));
	}

	@PostMapping("/{id}/tasks/{taskId}/completion")
	Receipted<MonitorTask> complete(@PathVariable UUID id, @PathVariable UUID taskId, @RequestBody CompletionRequest request) {
		return Receipted.of(cases.completeTask(new CaseId(id), taskId, EnumInput.parse("outcome", request.outcome(), TaskOutcome.class),
				text("result", request.result()), viewer.member()), ledger);
	}

	@PostMapping(path = "/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	ResponseEntity<Evidence> attach(@PathVariable UUID id, @RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Nullable Confidentiality confidentiality,
			@RequestParam(required = false) @Nullable String description) throws IOException {
		try (var content = file.getInputStream()) {
			var attached = cases.attachEvidence(new CaseId(id), file.getOriginalFilename() == null ? "evidence"
					: file.getOriginalFilename(), description, confidentiality, content, viewer.member());
			return ResponseEntity.created(Links.to("/api/v1/cases/{id}/evidence/{file}", id, attached.id())).body(attached);
		}
	}

	@GetMapping("/{id}/evidence")
	EvidenceList evidence(@PathVariable UUID id) {
		return new EvidenceList(cases.evidence(new CaseId(id), viewer.get()));
	}

	@GetMapping("/{id}/evidence/{file}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID file) {
		var served = cases.openEvidence(new CaseId(id), new EvidenceId(file), viewer.get());
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(served.evidence().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(served.evidence().filename()).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("X-Metadata-Stripped", Boolean.toString(served.metadataStripped()))
			.body(served.content());
	}

	@GetMapping("/{id}/evidence/{file}/ledger")
	LoggedSubject.Check evidenceLedger(@PathVariable UUID id, @PathVariable UUID file) {
		return cases.evidenceLedgerEntry(new CaseId(id), new EvidenceId(file), viewer.get()).check();
	}

	@GetMapping("/inbox")
	InboxView inbox() {
		var member = viewer.member();
		var inbox = cases.inbox(member);
		return new InboxView(inbox.votesAwaited().stream().map(kase -> CaseView.of(kase, member, cases)).toList(),
				inbox.repliesDue(), inbox.overdueTasks(), inbox.openTasks());
	}

	/** The inbox as the API answers it: the cases awaiting a vote in the same form as everywhere else. */
	record InboxView(List<CaseView> votesAwaited, List<Inbox.ReplyDue> repliesDue, List<Inbox.TaskOfCase> overdueTasks,
			List<Inbox.TaskOfCase> openTasks) {
	}

	@GetMapping("/metrics")
	CaseMetrics metrics() {
		return cases.metrics(viewer.get());
	}

	private Receipted<CaseView> view(Recorded<CaseSnapshot> recorded) {
		return new Receipted<>(CaseView.of(recorded.value(), viewer.get(), cases), ledger.receiptFor(recorded.ticket()));
	}

	private static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw new InvalidInputException(field, "is required");
		}
		return value;
	}

	private static String text(String field, @Nullable String value) {
		return required(field, value);
	}

	private static DelegationCode delegation(String field, @Nullable String code) {
		if (code == null || !DelegationCode.isValid(code)) {
			throw new InvalidInputException(field, "must be a delegation code such as SYO");
		}
		return new DelegationCode(code);
	}


	record OpenCase(@Nullable UUID incidentId, @Nullable List<String> accused, @Nullable String reason) {
	}

	record TransitionRequest(@Nullable String to, @Nullable String reason, @Nullable Instant replyDueAt) {
	}

	record ReplyRequest(@Nullable String text) {
	}

	record FindingRequest(@Nullable DeterminationJson determination, @Nullable String summary) {
	}

	/**
	 * @param choice the vote, answered as the vote's {@code choice}
	 * @param vote the same, by the name the API first gave it
	 */
	record VoteRequest(@Nullable String choice, @Nullable String vote, @Nullable String rationale) {

		VoteChoice toChoice() {
			if (choice != null && vote != null) {
				throw new InvalidInputException("vote", "give the vote once, as choice");
			}
			return vote != null ? EnumInput.parse("vote", vote, VoteChoice.class) : EnumInput.parse("choice", choice, VoteChoice.class);
		}
	}

	record TaskRequest(@Nullable String assignee, @Nullable String kind, @Nullable String description, @Nullable Instant dueAt) {
	}

	record CompletionRequest(@Nullable String outcome, @Nullable String result) {
	}

	record CaseList(List<CaseView> items) {
	}

	record EvidenceList(List<Evidence> items) {
	}

	record RevisionList(List<RevisionView> items) {
	}

	/** @param ledger where the revision's entry is in the ledger and the salt to check it by; none until it is logged */
	record RevisionView(@JsonUnwrapped CaseRevision revision, LoggedSubject.@Nullable Reference ledger) {

		static RevisionView of(CaseRevision revision, @Nullable LoggedSubject logged) {
			return new RevisionView(revision, logged == null ? null : logged.reference());
		}
	}
}
