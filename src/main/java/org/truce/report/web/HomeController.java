package org.truce.report.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.truce.identity.WebPages;

@Controller
@WebPages
class HomeController {

	@GetMapping("/")
	String home() {
		return "home";
	}
}
