package org.truce.incident;

import java.util.UUID;

/** Identifies an incident. Random, so that ids cannot be guessed from one another. */
public record IncidentId(UUID value) {

	public static IncidentId random() {
		return new IncidentId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
