package org.truce.humanitarian.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.EnumInput;
import org.truce.core.InvalidInputException;
import org.truce.core.Links;
import org.truce.humanitarian.HumanitarianItem;
import org.truce.humanitarian.HumanitarianItemId;
import org.truce.humanitarian.HumanitarianItems;
import org.truce.humanitarian.HumanitarianKind;
import org.truce.humanitarian.HumanitarianStatus;
import org.truce.identity.CurrentViewer;
import org.truce.ledger.Ledger;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Receipted;

/**
 * Humanitarian items: raising them, the parties' commitments, their fulfilment and the items' status. Each change answers
 * with the receipt of its ledger entry; each logged change of an item the caller may see, with its ledger reference.
 */
@RestController
@RequestMapping("/api/v1/humanitarian-items")
class HumanitarianController {

	private final HumanitarianItems items;
	private final CurrentViewer viewer;
	private final Ledger ledger;

	HumanitarianController(HumanitarianItems items, CurrentViewer viewer, Ledger ledger) {
		this.items = items;
		this.viewer = viewer;
		this.ledger = ledger;
	}

	@PostMapping
	ResponseEntity<Receipted<HumanitarianItem>> raise(@RequestBody RaiseRequest request) {
		var item = items.raise(EnumInput.parse("kind", request.kind(), HumanitarianKind.class), required("title", request.title()),
				request.description() == null ? "" : request.description(), request.confidentiality(), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/humanitarian-items/{id}", item.value().id()))
			.body(Receipted.of(item, ledger));
	}

	@GetMapping
	ItemList list() {
		return new ItemList(items.visibleTo(viewer.get()));
	}

	@GetMapping("/{id}")
	HumanitarianItem get(@PathVariable UUID id) {
		return items.get(new HumanitarianItemId(id), viewer.get());
	}

	/** The ledger entry of the item's raising with the exact content its hash covers and the salt. */
	@GetMapping("/{id}/ledger")
	LoggedSubject.Check raisedLedger(@PathVariable UUID id) {
		return items.raisedLedgerEntry(new HumanitarianItemId(id), viewer.get()).check();
	}

	/** The ledger entry of the item's {@code number}th status change ({@code number} in {@code statusHistory}). */
	@GetMapping("/{id}/status/{number}/ledger")
	LoggedSubject.Check statusLedger(@PathVariable UUID id, @PathVariable int number) {
		return items.statusLedgerEntry(new HumanitarianItemId(id), number, viewer.get()).check();
	}

	/** The ledger entry of a commitment as it was made. */
	@GetMapping("/{id}/commitments/{commitment}/ledger")
	LoggedSubject.Check commitmentLedger(@PathVariable UUID id, @PathVariable UUID commitment) {
		return items.commitmentLedgerEntry(new HumanitarianItemId(id), commitment, viewer.get()).check();
	}

	/** The ledger entry of a commitment's being recorded as met. */
	@GetMapping("/{id}/commitments/{commitment}/met/ledger")
	LoggedSubject.Check metLedger(@PathVariable UUID id, @PathVariable UUID commitment) {
		return items.metLedgerEntry(new HumanitarianItemId(id), commitment, viewer.get()).check();
	}

	@PostMapping("/{id}/commitments")
	Receipted<HumanitarianItem> commit(@PathVariable UUID id, @RequestBody CommitRequest request) {
		var party = required("party", request.party());
		if (!DelegationCode.isValid(party)) {
			throw new InvalidInputException("party", "must be a delegation code such as SYG");
		}
		return Receipted.of(items.commit(new HumanitarianItemId(id), new DelegationCode(party), required("text", request.text()),
				required("dueAt", request.dueAt()), viewer.member()), ledger);
	}

	@PostMapping("/{id}/commitments/{commitment}/met")
	Receipted<HumanitarianItem> met(@PathVariable UUID id, @PathVariable UUID commitment,
			@RequestBody(required = false) @Nullable NoteRequest request) {
		return Receipted.of(items.markMet(new HumanitarianItemId(id), commitment, request == null ? null : request.note(),
				viewer.member()), ledger);
	}

	@PostMapping("/{id}/status")
	Receipted<HumanitarianItem> status(@PathVariable UUID id, @RequestBody StatusRequest request) {
		return Receipted.of(items.changeStatus(new HumanitarianItemId(id),
				EnumInput.parse("status", request.status(), HumanitarianStatus.class), required("reason", request.reason()),
				viewer.member()), ledger);
	}

	private static <T> T required(String field, @Nullable T value) {
		if (value == null) {
			throw new InvalidInputException(field, "is required");
		}
		return value;
	}

	record RaiseRequest(@Nullable String kind, @Nullable String title, @Nullable String description,
			@Nullable Confidentiality confidentiality) {
	}

	record CommitRequest(@Nullable String party, @Nullable String text, @Nullable Instant dueAt) {
	}

	record NoteRequest(@Nullable String note) {
	}

	record StatusRequest(@Nullable String status, @Nullable String reason) {
	}

	record ItemList(List<HumanitarianItem> items) {
	}
}
