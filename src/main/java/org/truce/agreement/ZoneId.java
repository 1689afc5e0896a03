package org.truce.agreement;

import java.util.UUID;

/** Identifies a zone. */
public record ZoneId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
