package org.truce.agreement;

import org.jspecify.annotations.Nullable;
import org.truce.core.InvalidInputException;

/** The one rule for every free text the register stores: present, not blank, not absurdly long; kept stripped. */
final class Texts {

	static final int NAME_LENGTH = 200;
	static final int STATEMENT_LENGTH = 4_000;
	static final int CLAUSE_LENGTH = 20_000;

	private Texts() {
	}

	static String required(String field, @Nullable String value, int maxLength) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		var stripped = value.strip();
		if (stripped.length() > maxLength) {
			throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
		}
		return stripped;
	}

	static @Nullable String optional(String field, @Nullable String value, int maxLength) {
		return value == null || value.isBlank() ? null : required(field, value, maxLength);
	}
}
