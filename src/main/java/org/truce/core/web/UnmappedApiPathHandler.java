package org.truce.core.web;

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
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A request under {@code /api/} that no controller serves — an unknown path, a method the path does not take, a body of
 * a type it does not take, or an upload too large to be read — answers a problem detail like every other API error,
 * not the servlet container's error page; a page's request is left to the error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnmappedApiPathHandler {

	private static final String API = "/api/";

	private final RefusedBodies refusedBodies;

	UnmappedApiPathHandler(RefusedBodies refusedBodies) {
		this.refusedBodies = refusedBodies;
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unknownPath(NoResourceFoundException e, HttpServletRequest request)
			throws NoResourceFoundException {
		if (!request.getRequestURI().startsWith(API)) {
			throw e;
		}
		return problem(HttpStatus.NOT_FOUND, "Not found", "No such resource: " + request.getRequestURI());
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> methodNotAllowed(HttpRequestMethodNotSupportedException e, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		if (!request.getRequestURI().startsWith(API)) {
			throw e;
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

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String title, String detail) {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}
}
