package org.truce.core.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request that no controller serves — an unknown path, a method the path does not take, a body of a type it does not
 * take, or an upload too large to be read: under {@code /api/} a problem detail like every other API error; anywhere
 * else the HTML error page, whatever the request accepts — never the servlet container's error JSON.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedPathHandler {

	private static final String API = "/api/";

	private final RefusedBodies refusedBodies;

	UnmappedPathHandler(RefusedBodies refusedBodies) {
		this.refusedBodies = refusedBodies;
	}

	@ExceptionHandler
	Object unknownPath(NoResourceFoundException e, HttpServletRequest request) {
		if (!request.getRequestURI().startsWith(API)) {
			return errorPage(HttpStatus.NOT_FOUND);
		}
		return problem(HttpStatus.NOT_FOUND, "Not found", "No such resource: " + request.getRequestURI());
	}

	@ExceptionHandler
	Object methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
		if (!request.getRequestURI().startsWith(API)) {
			return errorPage(HttpStatus.METHOD_NOT_ALLOWED);
		}
		var supported = e.getSupportedHttpMethods();
		var response = problem(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed",
				request.getRequestURI() + " does not take " + e.getMethod()
						+ (supported == null ? "" : "; it takes " + supported));
		return supported == null ? response
				: ResponseEntity.status(response.getStatusCode()).headers(h -> h.setAllow(supported)).contentType(
						MediaType.APPLICATION_PROBLEM_JSON).body(response.getBody());
	}

	/** A body refused before a controller is chosen: while the container parses an upload, or for its media type. */
	@ExceptionHandler({ MaxUploadSizeExceededException.class, HttpMediaTypeNotSupportedException.class })
	ResponseEntity<ProblemDetail> refusedBody(Exception e, HttpServletRequest request) throws Exception {
		if (!request.getRequestURI().startsWith(API)) {
			throw e;
		}
		return switch (e) {
			case MaxUploadSizeExceededException tooLarge -> refusedBodies.tooLarge(tooLarge);
			case HttpMediaTypeNotSupportedException unsupported -> refusedBodies.unsupported(unsupported);
			default -> throw e;
		};
	}

	private static ModelAndView errorPage(HttpStatus status) {
		return new ModelAndView("error", Map.of("status", status.value()), status);
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
