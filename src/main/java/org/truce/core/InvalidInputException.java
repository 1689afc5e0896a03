package org.truce.core;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Input that was well-formed but breaks a rule; answered 422 with the offending fields named. */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class InvalidInputException extends RuntimeException {

	private final List<FieldError> errors;

	public InvalidInputException(String field, String message) {
		this(List.of(new FieldError(field, message)));
	}

	public InvalidInputException(List<FieldError> errors) {
		super(errors.stream().map(e -> e.field() + ": " + e.message()).reduce((a, b) -> a + "; " + b).orElse("invalid input"));
		if (errors.isEmpty()) {
			throw new IllegalArgumentException("An invalid input names at least one field");
		}
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

	/**
	 * The same errors with each field named from an enclosing document, e.g. {@code within("properties.")} turns
	 * {@code name} into {@code properties.name}: a rule names the field it knows, its caller knows where it sits.
	 */
	public InvalidInputException within(String prefix) {
		return new InvalidInputException(errors.stream().map(e -> new FieldError(prefix + e.field(), e.message())).toList());
	}

	public record FieldError(String field, String message) {
	}
}
