package org.truce.talks.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.core.DelegationCode;
import org.truce.core.Links;
import org.truce.core.MalformedInputException;
import org.truce.core.NotFoundException;
import org.truce.identity.CurrentViewer;
import org.truce.ledger.Ledger;
import org.truce.ledger.LoggedSubject;
import org.truce.talks.NewProposal;
import org.truce.talks.ProposalDetails;
import org.truce.talks.ProposalId;
import org.truce.talks.ProposalStatus;
import org.truce.talks.Proposals;
import org.truce.talks.Recorded;
import org.truce.talks.web.ProposalResponse.Summary;
import org.truce.talks.web.ProposalResponse.VersionResponse;
import org.truce.talks.web.TalksRequests.PositionRequest;
import org.truce.talks.web.TalksRequests.ProposalRequest;
import org.truce.talks.web.TalksRequests.StatusRequest;
import org.truce.talks.web.TalksRequests.VersionRequest;

/**
 * Tabling, reading, revising, diffing proposals, taking positions on them and moving their status. Each change answers
 * with the receipt of its ledger entry.
 */
@RestController
@RequestMapping("/api/v1/proposals")
class ProposalApiController {

	private final Proposals proposals;
	private final CurrentViewer viewer;
	private final Ledger ledger;

	ProposalApiController(Proposals proposals, CurrentViewer viewer, Ledger ledger) {
		this.proposals = proposals;
		this.viewer = viewer;
		this.ledger = ledger;
	}

	@PostMapping
	ResponseEntity<ProposalResponse> submit(@RequestBody ProposalRequest request) {
		var draft = new NewProposal(request.title(), request.text(), request.confidentiality());
		var proposal = proposals.submit(draft, viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/proposals/{id}", proposal.value().id())).body(receipted(proposal));
	}

	@GetMapping
	ProposalList list(@RequestParam(required = false) @Nullable ProposalStatus status) {
		return new ProposalList(proposals.list(status, viewer.get()).stream().map(Summary::of).toList());
	}

	@GetMapping("/{id}")
	ProposalResponse get(@PathVariable UUID id) {
		return ProposalResponse.of(visible(id));
	}

	@GetMapping("/{id}/versions/{number}")
	VersionResponse version(@PathVariable UUID id, @PathVariable int number) {
		var versions = visible(id).versions();
		if (number < 1 || number > versions.size()) {
			throw new NotFoundException("version", number);
		}
		return VersionResponse.of(versions.get(number - 1));
	}

	/** A version's ledger entry with the exact content its hash covers and the salt: enough to recompute the hash. */
	@GetMapping("/{id}/versions/{number}/ledger")
	LoggedSubject.Check versionLedger(@PathVariable UUID id, @PathVariable int number) {
		return proposals.versionLedgerEntry(new ProposalId(id), number, viewer.get()).check();
	}

	/** The ledger entry of a delegation's {@code number}th position on the version, with the content it hashes. */
	@GetMapping("/{id}/versions/{version}/positions/{delegation}/{number}/ledger")
	LoggedSubject.Check positionLedger(@PathVariable UUID id, @PathVariable int version, @PathVariable String delegation,
			@PathVariable int number) {
		if (!DelegationCode.isValid(delegation)) {
			throw new MalformedInputException("delegation", "must be a delegation code such as SYO");
		}
		return proposals.positionLedgerEntry(new ProposalId(id), version, new DelegationCode(delegation), number, viewer.get())
			.check();
	}

	/** The ledger entry of the proposal's {@code number}th status change, with the content it hashes. */
	@GetMapping("/{id}/status/{number}/ledger")
	LoggedSubject.Check statusLedger(@PathVariable UUID id, @PathVariable int number) {
		return proposals.statusChangeLedgerEntry(new ProposalId(id), number, viewer.get()).check();
	}

	@PostMapping("/{id}/versions")
	ResponseEntity<ProposalResponse> revise(@PathVariable UUID id, @RequestBody VersionRequest request) {
		var proposal = proposals.revise(new ProposalId(id), request.text(), request.reason(), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/proposals/{id}/versions/{number}", id, proposal.value().current().number()))
			.body(receipted(proposal));
	}

	@GetMapping("/{id}/diff")
	DiffResponse diff(@PathVariable UUID id, @RequestParam int from, @RequestParam int to) {
		return new DiffResponse(from, to, proposals.diff(new ProposalId(id), from, to, viewer.get()).stream()
			.map(segment -> new Segment(segment.op().name().toLowerCase(Locale.ROOT), segment.text()))
			.toList());
	}

	@PostMapping("/{id}/positions")
	ResponseEntity<ProposalResponse> takePosition(@PathVariable UUID id, @RequestBody PositionRequest request) {
		var proposal = proposals.takePosition(new ProposalId(id), request.position(), request.text(), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/proposals/{id}", id)).body(receipted(proposal));
	}

	@PostMapping("/{id}/status")
	ProposalResponse changeStatus(@PathVariable UUID id, @RequestBody StatusRequest request) {
		return receipted(proposals.changeStatus(new ProposalId(id), request.status(), request.reason(), viewer.member()));
	}

	/** The proposal as changed, with the receipt of the change's entry, waited for once its transaction has committed. */
	private ProposalResponse receipted(Recorded<ProposalDetails> recorded) {
		return ProposalResponse.of(recorded.value(), ledger.receiptFor(recorded.ticket()));
	}

	private ProposalDetails visible(UUID id) {
		return proposals.find(new ProposalId(id), viewer.get()).orElseThrow(() -> new NotFoundException("proposal", id));
	}

	record ProposalList(List<Summary> items) {
	}

	/** @param segments in order; {@code op} is {@code equal}, {@code insert} or {@code delete} */
	record DiffResponse(int from, int to, List<Segment> segments) {
	}

	record Segment(String op, String text) {
	}
}
