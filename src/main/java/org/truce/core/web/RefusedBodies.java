package org.truce.core.web;

import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.truce.core.InvalidInputException.FieldError;

/**
 * The answers to a request body refused as a whole: an upload over the size limit (413, naming the limit) or a body of
 * a media type the endpoint does not take (415, naming those it takes). Both may be refused before any controller is
 * chosen — while the servlet container parses a multipart upload, or when no mapping consumes the type — so the advice
 * for API controllers and the one for requests no controller serves answer them alike.
 */
@Component
class RefusedBodies {

	private static final long MEGABYTE = 1024 * 1024;

	private final long maxFileSize;

	RefusedBodies(ObjectProvider<MultipartConfigElement> multipart) {
		this.maxFileSize = multipart.getIfAvailable(() -> new MultipartConfigElement("")).getMaxFileSize();
	}

	/** The container does not say which limit it enforced; the file limit is the one the API documents. */
	ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException e) {
		long limit = e.getMaxUploadSize() >= 0 ? e.getMaxUploadSize() : maxFileSize;
		var rule = limit < 0 ? "must be smaller" : "must be at most " + size(limit);
		var response = ApiProblemHandler.problem(HttpStatus.CONTENT_TOO_LARGE, "Content too large", "The upload is too large: "
				+ "the file " + rule, List.of(new FieldError("file", rule)));
		var problem = response.getBody();
		if (problem != null && limit >= 0) {
			problem.setProperty("maxFileSize", limit);
		}
		return ResponseEntity.status(response.getStatusCode()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	ResponseEntity<ProblemDetail> unsupported(HttpMediaTypeNotSupportedException e) {
		var supported = e.getSupportedMediaTypes();
		var given = e.getContentType() == null ? "A body without a Content-Type" : "A body of type " + e.getContentType();
		var rule = supported.isEmpty() ? "is not taken here"
				: "must be " + supported.stream().map(MediaType::toString).collect(Collectors.joining(" or "));
		var response = ApiProblemHandler.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
				given + " is not taken here" + (supported.isEmpty() ? "" : "; the Content-Type " + rule),
				List.of(new FieldError("Content-Type", rule)));
		return ResponseEntity.status(response.getStatusCode())
			.headers(headers -> headers.setAccept(supported))
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(response.getBody());
	}

	/** A size in words: whole megabytes (of 1,024 × 1,024 bytes, as the configuration counts them) and bytes. */
	private static String size(long bytes) {
		var exact = NumberFormat.getIntegerInstance(Locale.ROOT).format(bytes) + " bytes";
		return bytes % MEGABYTE == 0 ? bytes / MEGABYTE + " MB (" + exact + ")" : exact;
	}
}
