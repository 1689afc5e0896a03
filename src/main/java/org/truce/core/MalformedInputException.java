package org.truce.core;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Input that cannot even be read as the expected format (a request parameter that names nothing, a JSON document of
 * the wrong shape); answered 400 with the offending field named. Input that reads well but breaks a rule is an
 * {@link InvalidInputException} instead.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class MalformedInputException extends RuntimeException {

	private final String field;
	private final String reason;

	public MalformedInputException(String field, String reason) {
		super(field + ": " + reason);
		this.field = field;
		this.reason = reason;
	}

	public String field() {
		return field;
	}

	public String reason() {
		return reason;
	}
}
