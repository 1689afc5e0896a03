package org.truce.agreement.web;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.truce.agreement.Agreement;
import org.truce.agreement.AgreementId;
import org.truce.agreement.Agreements;
import org.truce.agreement.Clause;
import org.truce.agreement.ClauseDraft;
import org.truce.agreement.EffectivePeriod;
import org.truce.core.DelegationCode;
import org.truce.core.EnumInput;
import org.truce.core.Links;
import org.truce.core.MalformedInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.identity.CurrentViewer;
import org.truce.identity.Delegations;
import org.truce.ledger.Ledger;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Receipted;
import org.truce.ledger.Recorded;

/**
 * The agreements, readable by every signed-in member; clauses are added and amended by the secretariat. An amendment
 * adds a version: the history of every clause stays readable. Each change answers with the receipt of its ledger entry,
 * and every logged change has its ledger reference, for every member.
 */
@RestController
@RequestMapping("/api/v1/agreements")
class AgreementController {

	private final Agreements agreements;
	private final Delegations delegations;
	private final CurrentViewer viewer;
	private final Clock clock;
	private final Ledger ledger;

	AgreementController(Agreements agreements, Delegations delegations, CurrentViewer viewer, Clock clock, Ledger ledger) {
		this.agreements = agreements;
		this.delegations = delegations;
		this.viewer = viewer;
		this.clock = clock;
		this.ledger = ledger;
	}

	@GetMapping
	AgreementList list() {
		var names = AgreementView.delegationNames(delegations);
		var now = clock.instant();
		return new AgreementList(agreements.all().stream().map(a -> AgreementView.of(a, names, now)).toList());
	}

	@GetMapping("/{id}")
	AgreementView get(@PathVariable UUID id) {
		return AgreementView.of(agreement(id), AgreementView.delegationNames(delegations), clock.instant());
	}

	@GetMapping("/{id}/clauses/{number}/versions")
	ClauseHistoryView versions(@PathVariable UUID id, @PathVariable String number) {
		return ClauseHistoryView.of(agreement(id).clause(number).orElseThrow(() -> new NotFoundException("clause", number)));
	}

	/** The ledger entry of the agreement's establishment, with the exact content its hash covers and the salt. */
	@GetMapping("/{id}/ledger")
	LoggedSubject.Check ledger(@PathVariable UUID id) {
		return agreements.establishmentLedgerEntry(new AgreementId(id)).check();
	}

	/** The ledger entry of a delegation's joining the agreement in a role (one of its {@code members}). */
	@GetMapping("/{id}/members/{delegation}/{role}/ledger")
	LoggedSubject.Check memberLedger(@PathVariable UUID id, @PathVariable String delegation, @PathVariable String role) {
		if (!DelegationCode.isValid(delegation)) {
			throw new MalformedInputException("delegation", "must be a delegation code such as KZ");
		}
		return agreements.memberLedgerEntry(new AgreementId(id), new DelegationCode(delegation),
				EnumInput.parse("role", role, Role.class)).check();
	}

	@GetMapping("/{id}/clauses/{number}/versions/{version}/ledger")
	LoggedSubject.Check clauseLedger(@PathVariable UUID id, @PathVariable String number, @PathVariable int version) {
		return agreements.clauseLedgerEntry(new AgreementId(id), number, version).check();
	}

	@PostMapping("/{id}/clauses")
	ResponseEntity<Receipted<ClauseHistoryView>> addClause(@PathVariable UUID id, @Valid @RequestBody NewClauseRequest request) {
		var clause = agreements.addClause(new AgreementId(id), request.number(),
				draft(request.text(), request.reason(), request.effectiveFrom(), request.effectiveTo()), viewer.member());
		return created(id, clause);
	}

	@PostMapping("/{id}/clauses/{number}/versions")
	ResponseEntity<Receipted<ClauseHistoryView>> amend(@PathVariable UUID id, @PathVariable String number,
			@Valid @RequestBody AmendmentRequest request) {
		var clause = agreements.amendClause(new AgreementId(id), number,
				draft(request.text(), request.reason(), request.effectiveFrom(), request.effectiveTo()), viewer.member());
		return created(id, clause);
	}

	private Agreement agreement(UUID id) {
		return agreements.find(new AgreementId(id)).orElseThrow(() -> new NotFoundException("agreement", id));
	}

	/** A text takes effect when recorded unless the request says otherwise. */
	private ClauseDraft draft(String text, @Nullable String reason, @Nullable Instant from, @Nullable Instant to) {
		return new ClauseDraft(text, new EffectivePeriod(from == null ? clock.instant() : from, to), reason);
	}

	private ResponseEntity<Receipted<ClauseHistoryView>> created(UUID agreement, Recorded<Clause> clause) {
		return ResponseEntity.created(Links.to("/api/v1/agreements/{id}/clauses/{number}/versions", agreement,
				clause.value().number())).body(Receipted.of(clause.map(ClauseHistoryView::of), ledger));
	}

	/** @param effectiveFrom when the text takes effect; now if absent */
	record NewClauseRequest(@NotNull String number, @NotNull String text, @Nullable String reason,
			@Nullable Instant effectiveFrom, @Nullable Instant effectiveTo) {
	}

	/** @param effectiveFrom when the new text takes effect, after the current one did; now if absent */
	record AmendmentRequest(@NotNull String text, @NotNull String reason, @Nullable Instant effectiveFrom,
			@Nullable Instant effectiveTo) {
	}

	record AgreementList(List<AgreementView> items) {
	}
}
