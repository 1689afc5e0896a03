package org.truce.agreement;

import java.util.UUID;

/** Identifies an actor of the registry. */
public record ActorId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
