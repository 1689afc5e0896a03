package org.truce.report;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies one attached evidence file. */
public record EvidenceId(@JsonValue UUID value) {

	@JsonCreator
	public static EvidenceId of(UUID value) {
		return new EvidenceId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
