package org.truce.agreement;

import java.util.UUID;

/** Identifies a designation of an actor. */
public record DesignationId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
