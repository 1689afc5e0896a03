package org.truce.identity.web;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.truce.identity.WebPages;

/**
 * The errors of {@link WebPages} controllers as the error page ({@code templates/error.html}), rendered here rather than
 * left to the servlet container's error dispatch, which answers JSON to a request that does not ask for HTML first.
 */
@ControllerAdvice(annotations = WebPages.class)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	@ExceptionHandler
	ModelAndView page(Exception e) {
		var status = statusOf(e);
		if (status.is5xxServerError()) {
			log.error("Unexpected failure rendering a page", e);
		}
		return errorPage(status);
	}

	static ModelAndView errorPage(HttpStatusCode status) {
		return new ModelAndView("error", new HashMap<>(Map.of("status", status.value())), status);
	}

	/** The status the exception declares ({@link ResponseStatus}, {@link ErrorResponse}); a wrong type of value is a 400. */
	private static HttpStatusCode statusOf(Exception e) {
		if (e instanceof ErrorResponse response) {
			return response.getStatusCode();
		}
		if (e instanceof TypeMismatchException) {
			return HttpStatus.BAD_REQUEST;
		}
		var declared = AnnotatedElementUtils.findMergedAnnotation(e.getClass(), ResponseStatus.class);
		return declared == null ? HttpStatus.INTERNAL_SERVER_ERROR : declared.code();
	}
}
