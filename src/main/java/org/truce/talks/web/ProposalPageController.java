package org.truce.talks.web;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.identity.CurrentViewer;
import org.truce.identity.WebPages;
import org.truce.talks.NewProposal;
import org.truce.talks.ProposalDetails;
import org.truce.talks.ProposalId;
import org.truce.talks.ProposalStatus;
import org.truce.talks.Proposals;
import org.truce.talks.Stance;
import org.truce.talks.web.TalksRequests.PositionRequest;
import org.truce.talks.web.TalksRequests.ProposalRequest;
import org.truce.talks.web.TalksRequests.StatusRequest;
import org.truce.talks.web.TalksRequests.VersionRequest;

/**
 * The proposals' pages: the list, the form to table one, and a proposal with its versions, a diff between any two of
 * them, the positions, the status history and the forms the viewer's role allows. Plain forms, no script needed.
 */
@Controller
@WebPages
class ProposalPageController {

	private final Proposals proposals;
	private final CurrentViewer viewer;

	ProposalPageController(Proposals proposals, CurrentViewer viewer) {
		this.proposals = proposals;
		this.viewer = viewer;
	}

	@GetMapping("/proposals")
	String list(@RequestParam(required = false) @Nullable ProposalStatus status, Model model) {
		model.addAttribute("proposals", proposals.list(status, viewer.get()));
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProposalStatus.values());
		return "talks/proposals";
	}

	@GetMapping("/proposals/new")
	String newProposal(Model model) {
		return form(new ProposalRequest(null, null, Confidentiality.MECHANISM), model);
	}

	@PostMapping("/proposals")
	String submit(@ModelAttribute ProposalRequest form, Model model, HttpServletResponse response) {
		try {
			var proposal = proposals.submit(new NewProposal(form.title(), form.text(), form.confidentiality()), viewer.member());
			return "redirect:/proposals/" + proposal.value().id() + "?tabled";
		}
		catch (InvalidInputException e) {
			PageErrors.invalid("proposal", e, model, response);
			return form(form, model);
		}
	}

	/** @param from the version to compare from; by default the one before the current */
	@GetMapping("/proposals/{id}")
	String detail(@PathVariable UUID id, @RequestParam(required = false) @Nullable Integer from,
			@RequestParam(required = false) @Nullable Integer to, Model model) {
		return detail(visible(id), from, to, model);
	}

	@PostMapping("/proposals/{id}/versions")
	String revise(@PathVariable UUID id, @ModelAttribute VersionRequest form, Model model, HttpServletResponse response) {
		return act(id, "version", model, response,
				() -> proposals.revise(new ProposalId(id), form.text(), form.reason(), viewer.member()), "revised");
	}

	@PostMapping("/proposals/{id}/positions")
	String takePosition(@PathVariable UUID id, @ModelAttribute PositionRequest form, Model model, HttpServletResponse response) {
		return act(id, "position", model, response,
				() -> proposals.takePosition(new ProposalId(id), form.position(), form.text(), viewer.member()), "positioned");
	}

	@PostMapping("/proposals/{id}/status")
	String changeStatus(@PathVariable UUID id, @ModelAttribute StatusRequest form, Model model, HttpServletResponse response) {
		return act(id, "status", model, response,
				() -> proposals.changeStatus(new ProposalId(id), form.status(), form.reason(), viewer.member()), "moved");
	}

	/** Runs a command from one of the proposal's forms: back to the proposal when done, the page again with why if not. */
	private String act(UUID id, String form, Model model, HttpServletResponse response, Runnable command, String done) {
		try {
			command.run();
			return "redirect:/proposals/" + id + "?" + done;
		}
		catch (InvalidInputException e) {
			PageErrors.invalid(form, e, model, response);
		}
		catch (ConflictException e) {
			PageErrors.conflict(e, model, response);
		}
		return detail(visible(id), null, null, model);
	}

	private String detail(ProposalDetails proposal, @Nullable Integer from, @Nullable Integer to, Model model) {
		int current = proposal.current().number();
		int diffTo = to == null ? current : to;
		int diffFrom = from == null ? Math.max(1, diffTo - 1) : from;
		model.addAttribute("proposal", proposal);
		model.addAttribute("from", diffFrom);
		model.addAttribute("to", diffTo);
		try {
			model.addAttribute("diff", proposal.diff(diffFrom, diffTo));
		}
		catch (InvalidInputException e) {
			model.addAttribute("diff", List.of());
			model.addAttribute("diffError", e.errors().getFirst().message());
		}
		model.addAttribute("stances", Stance.values());
		PageErrors.none(model);
		return "talks/proposal";
	}

	private String form(ProposalRequest form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("levels", Arrays.asList(Confidentiality.values()));
		PageErrors.none(model);
		return "talks/proposal-form";
	}

	private ProposalDetails visible(UUID id) {
		return proposals.find(new ProposalId(id), viewer.get()).orElseThrow(() -> new NotFoundException("proposal", id));
	}
}
