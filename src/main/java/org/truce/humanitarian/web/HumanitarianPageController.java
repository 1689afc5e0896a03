package org.truce.humanitarian.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.EnumInput;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.humanitarian.HumanitarianItemId;
import org.truce.humanitarian.HumanitarianItems;
import org.truce.humanitarian.HumanitarianKind;
import org.truce.humanitarian.HumanitarianStatus;
import org.truce.identity.CurrentViewer;
import org.truce.identity.Delegations;
import org.truce.identity.WebPages;

/** The humanitarian items' pages: the list, an item with its commitments, and the forms each role may use. */
@Controller
@WebPages
class HumanitarianPageController {

	private final HumanitarianItems items;
	private final CurrentViewer viewer;
	private final Delegations delegations;

	HumanitarianPageController(HumanitarianItems items, CurrentViewer viewer, Delegations delegations) {
		this.items = items;
		this.viewer = viewer;
		this.delegations = delegations;
	}

	@GetMapping("/humanitarian")
	String list(Model model) {
		model.addAttribute("items", items.visibleTo(viewer.get()));
		model.addAttribute("kinds", HumanitarianKind.values());
		model.addAttribute("levels", Confidentiality.values());
		return "humanitarian/list";
	}

	@PostMapping("/humanitarian")
	String raise(@RequestParam String kind, @RequestParam String title, @RequestParam(defaultValue = "") String description,
			@RequestParam(required = false) @Nullable Confidentiality confidentiality) {
		var item = items.raise(EnumInput.parse("kind", kind, HumanitarianKind.class), title, description, confidentiality,
				viewer.member());
		return "redirect:/humanitarian/" + item.value().id();
	}

	@GetMapping("/humanitarian/{id}")
	String show(@PathVariable UUID id, Model model) {
		var member = viewer.member();
		var item = items.get(new HumanitarianItemId(id), member);
		model.addAttribute("item", item);
		model.addAttribute("now", Instant.now());
		model.addAttribute("statuses", item.status().next());
		model.addAttribute("mayMove", member.role() == Role.SECRETARIAT || member.owns(item.raisedBy()));
		model.addAttribute("mayConfirm", member.role().readsGuarantorMaterial());
		model.addAttribute("parties", delegations.all().stream()
			.filter(d -> d.role() == Role.PARTY && (member.role() == Role.SECRETARIAT || member.owns(d.code())))
			.toList());
		return "humanitarian/item";
	}

	@PostMapping("/humanitarian/{id}/commitments")
	String commit(@PathVariable UUID id, @RequestParam String party, @RequestParam String text, @RequestParam String dueAt) {
		items.commit(new HumanitarianItemId(id), new DelegationCode(party), text,
				LocalDateTime.parse(dueAt).toInstant(ZoneOffset.UTC), viewer.member());
		return "redirect:/humanitarian/" + id;
	}

	@PostMapping("/humanitarian/{id}/commitments/{commitment}/met")
	String met(@PathVariable UUID id, @PathVariable UUID commitment, @RequestParam(required = false) @Nullable String note) {
		items.markMet(new HumanitarianItemId(id), commitment, note, viewer.member());
		return "redirect:/humanitarian/" + id;
	}

	@PostMapping("/humanitarian/{id}/status")
	String status(@PathVariable UUID id, @RequestParam String status, @RequestParam String reason) {
		items.changeStatus(new HumanitarianItemId(id), EnumInput.parse("status", status, HumanitarianStatus.class), reason,
				viewer.member());
		return "redirect:/humanitarian/" + id;
	}

	/** A refused action returns to the item with the reason shown there. */
	@ExceptionHandler({ ConflictException.class, InvalidInputException.class, ForbiddenException.class })
	String refused(RuntimeException e, HttpServletRequest request) {
		RequestContextUtils.getOutputFlashMap(request).put("problem", e.getMessage());
		var path = request.getRequestURI().substring(request.getContextPath().length());
		return "redirect:" + path.replaceFirst("^(/humanitarian(/[0-9a-f-]{36})?).*$", "$1");
	}
}
