package org.truce.talks.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.truce.core.ConflictException;
import org.truce.core.InvalidInputException;

/**
 * How the talks' pages answer a refused form: the page again, with the status the API would give (422 or 409), the
 * refusal next to the form that caused it, and what was typed kept.
 */
final class PageErrors {

	private PageErrors() {
	}

	/** Errors keyed {@code form.field}, so that a page with several forms shows each error at its own form. */
	static void invalid(String form, InvalidInputException e, Model model, HttpServletResponse response) {
		response.setStatus(422);
		var errors = new LinkedHashMap<String, String>();
		e.errors().forEach(error -> errors.merge(form + "." + error.field(), error.message(), (a, b) -> a + "; " + b));
		model.addAttribute("errors", errors);
	}

	static void conflict(ConflictException e, Model model, HttpServletResponse response) {
		response.setStatus(409);
		model.addAttribute("conflict", e.getMessage());
	}

	static void none(Model model) {
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
	}
}
