package org.truce.identity.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.truce.identity.WebPages;

/**
 * The sign-in page. A throttled sign-in comes back with {@code ?throttled=N}, the seconds to wait, which the page says
 * in words ("Wait 1 second", "Wait 15 minutes").
 */
@Controller
@WebPages
class LoginController {

	private static final Pattern SECONDS = Pattern.compile("[1-9]\\d{0,5}");

	@GetMapping("/login")
	String login(@RequestParam(required = false) @Nullable String throttled, Model model) {
		if (throttled != null && SECONDS.matcher(throttled).matches()) {
			long seconds = Long.parseLong(throttled);
			model.addAttribute("throttledSeconds", seconds);
			model.addAttribute("throttledMinutes", (seconds + 59) / 60);
		}
		return "login";
	}
}
