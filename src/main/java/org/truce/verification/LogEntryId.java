package org.truce.verification;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an entry of a guarantor's log. */
public record LogEntryId(@JsonValue UUID value) {

	@JsonCreator
	public static LogEntryId of(UUID value) {
		return new LogEntryId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
