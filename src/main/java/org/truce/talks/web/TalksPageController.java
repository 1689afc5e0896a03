package org.truce.talks.web;

import java.util.List;
import java.util.Objects;
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
import org.truce.core.InvalidInputException;
import org.truce.identity.CurrentViewer;
import org.truce.identity.WebPages;
import org.truce.talks.Author;
import org.truce.talks.MessageId;
import org.truce.talks.ProximityTalks;
import org.truce.talks.ThreadId;
import org.truce.talks.ThreadSummary;
import org.truce.talks.web.TalksRequests.MessageRequest;
import org.truce.talks.web.TalksRequests.RelayRequest;

/**
 * The talks page. The mediator sees two panes: its threads on one side, the chosen thread's messages on the other, each
 * message with a form to relay it (edited as the mediator wishes) into another party's thread. A party sees its own
 * thread with the mediator and a form to write in it. Nobody sees a thread that is not theirs.
 */
@Controller
@WebPages
class TalksPageController {

	private final ProximityTalks talks;
	private final CurrentViewer viewer;

	TalksPageController(ProximityTalks talks, CurrentViewer viewer) {
		this.talks = talks;
		this.viewer = viewer;
	}

	/** @param thread the thread to show; by default the viewer's first */
	@GetMapping("/talks")
	String talks(@RequestParam(required = false) @Nullable UUID thread, Model model) {
		return page(thread, model);
	}

	@PostMapping("/talks/threads/{id}/messages")
	String post(@PathVariable UUID id, @ModelAttribute MessageRequest form, Model model, HttpServletResponse response) {
		try {
			var message = talks.post(new ThreadId(id), form.text(), viewer.member()).value();
			return "redirect:/talks?thread=" + id + "&posted#m-" + message.id();
		}
		catch (InvalidInputException e) {
			PageErrors.invalid("message", e, model, response);
			return page(id, model);
		}
	}

	@PostMapping("/talks/messages/{id}/relay")
	String relay(@PathVariable UUID id, @ModelAttribute RelayRequest form, Model model, HttpServletResponse response) {
		var message = new MessageId(id);
		try {
			var relay = talks.relay(message, form.toThreadId() == null ? null : new ThreadId(form.toThreadId()), form.text(),
					viewer.member()).value();
			var source = Objects.requireNonNull(relay.relayOf(), "the mediator reads where its relay came from");
			return "redirect:/talks?thread=" + source.threadId() + "&relayed#m-" + id;
		}
		catch (InvalidInputException e) {
			PageErrors.invalid("relay", e, model, response);
			model.addAttribute("failedRelay", message);
			return page(talks.message(message, viewer.get()).threadId().value(), model);
		}
	}

	private String page(@Nullable UUID requested, Model model) {
		var threads = talks.threads(viewer.get());
		model.addAttribute("threads", threads);
		var chosen = requested != null ? new ThreadId(requested) : threads.isEmpty() ? null : threads.getFirst().id();
		if (chosen != null) {
			var selected = talks.thread(chosen, viewer.get());
			model.addAttribute("selected", selected);
			model.addAttribute("relayTargets", relayTargets(selected.thread(), threads));
		}
		PageErrors.none(model);
		return "talks/talks";
	}

	/** The other threads of the same talks, where the viewer mediates the shown one; none otherwise. */
	private static List<ThreadSummary> relayTargets(ThreadSummary shown, List<ThreadSummary> threads) {
		if (shown.side() != Author.MEDIATOR) {
			return List.of();
		}
		return threads.stream().filter(t -> t.talksId().equals(shown.talksId()) && !t.id().equals(shown.id())).toList();
	}
}
