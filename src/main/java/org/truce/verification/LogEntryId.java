package org.truce.verification;

import java.util.UUID;

/** Identifies an entry of a guarantor's log. */
public record LogEntryId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
