package org.truce.agreement;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies an actor of the registry. */
public record ActorId(@JsonValue UUID value) {

	@JsonCreator
	public static ActorId of(UUID value) {
		return new ActorId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
