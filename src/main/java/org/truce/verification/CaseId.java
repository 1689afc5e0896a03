package org.truce.verification;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a verification case. */
public record CaseId(@JsonValue UUID value) {

	@JsonCreator
	public static CaseId of(UUID value) {
		return new CaseId(value);
	}

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
