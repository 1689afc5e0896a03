package org.truce.agreement.web;

import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.truce.agreement.ActorId;
import org.truce.agreement.Actors;
import org.truce.core.NotFoundException;
import org.truce.identity.WebPages;

/** The actor registry's pages: a search that works as a plain GET form, and each actor's record. */
@Controller
@WebPages
class ActorPageController {

	private static final int PAGE_SIZE = 100;

	private final Actors actors;

	ActorPageController(Actors actors) {
		this.actors = actors;
	}

	@GetMapping("/actors")
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		var result = actors.search(q, PAGE_SIZE);
		model.addAttribute("q", q);
		model.addAttribute("actors", result.items().stream().map(ActorView::of).toList());
		model.addAttribute("total", result.total());
		return "agreement/actors";
	}

	@GetMapping("/actors/{id}")
	String actor(@PathVariable UUID id, Model model) {
		model.addAttribute("actor", ActorView.of(actors.find(new ActorId(id)).orElseThrow(() -> new NotFoundException("actor", id))));
		return "agreement/actor";
	}
}
