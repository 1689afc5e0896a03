package org.truce.identity.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the pages' security chain forwards a request it refuses, whatever its method: the error page, 403. Signed-in
 * members are refused nothing else there than a form without its CSRF token, which the page says.
 */
@Controller
class DeniedPageController {

	@RequestMapping("/denied")
	ModelAndView denied() {
		var page = PageErrors.errorPage(HttpStatus.FORBIDDEN);
		page.addObject("messageKey", "error.csrf");
		return page;
	}
}
