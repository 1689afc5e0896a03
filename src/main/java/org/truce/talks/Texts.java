package org.truce.talks;

import org.jspecify.annotations.Nullable;
import org.truce.core.InvalidInputException;

/**
 * The rule for every text the talks keep: present, not too long, stripped, and with line breaks as {@code \n} whatever
 * the browser sent, so that diffs compare words rather than line endings and the ledger hashes what is stored.
 */
final class Texts {

	static final int TITLE_LENGTH = 200;
	static final int REASON_LENGTH = 2_000;
	static final int POSITION_LENGTH = 5_000;
	static final int MESSAGE_LENGTH = 10_000;
	/** Bounds the diff's work: it takes time proportional to the product of the two versions' lengths. */
	static final int PROPOSAL_LENGTH = 30_000;

	private Texts() {
	}

	static String required(String field, @Nullable String value, int maxLength) {
		var text = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
		if (text.isEmpty()) {
			throw new InvalidInputException(field, "is required");
		}
		if (text.length() > maxLength) {
			throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
		}
		return text;
	}

	static @Nullable String optional(String field, @Nullable String value, int maxLength) {
		return value == null || value.isBlank() ? null : required(field, value, maxLength);
	}
}
