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

/** Humanitarian items: raising them, the parties' commitments, their fulfilment and the items' status. */
@RestController
@RequestMapping("/api/v1/humanitarian-items")
class HumanitarianController {

	private final HumanitarianItems items;
	private final CurrentViewer viewer;

	HumanitarianController(HumanitarianItems items, CurrentViewer viewer) {
		this.items = items;
		this.viewer = viewer;
	}

	@PostMapping
	ResponseEntity<HumanitarianItem> raise(@RequestBody RaiseRequest request) {
		var item = items.raise(EnumInput.parse("kind", request.kind(), HumanitarianKind.class), required("title", request.title()),
				request.description() == null ? "" : request.description(), request.confidentiality(), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/humanitarian-items/{id}", item.id())).body(item);
	}

	@GetMapping
	ItemList list() {
		return new ItemList(items.visibleTo(viewer.get()));
	}

	@GetMapping("/{id}")
	HumanitarianItem get(@PathVariable UUID id) {
		return items.get(new HumanitarianItemId(id), viewer.get());
	}

	@PostMapping("/{id}/commitments")
	HumanitarianItem commit(@PathVariable UUID id, @RequestBody CommitRequest request) {
		var party = required("party", request.party());
		if (!DelegationCode.isValid(party)) {
			throw new InvalidInputException("party", "must be a delegation code such as SYG");
		}
		return items.commit(new HumanitarianItemId(id), new DelegationCode(party), required("text", request.text()),
				required("dueAt", request.dueAt()), viewer.member());
	}

	@PostMapping("/{id}/commitments/{commitment}/met")
	HumanitarianItem met(@PathVariable UUID id, @PathVariable UUID commitment, @RequestBody(required = false) @Nullable NoteRequest request) {
		return items.markMet(new HumanitarianItemId(id), commitment, request == null ? null : request.note(), viewer.member());
	}

	@PostMapping("/{id}/status")
	HumanitarianItem status(@PathVariable UUID id, @RequestBody StatusRequest request) {
		return items.changeStatus(new HumanitarianItemId(id), EnumInput.parse("status", request.status(), HumanitarianStatus.class),
				required("reason", request.reason()), viewer.member());
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
