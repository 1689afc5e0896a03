package org.truce.talks;

import java.util.UUID;

/** Identifies a message in a thread of proximity talks. Random, so that one id reveals nothing of another. */
public record MessageId(UUID value) {

	static MessageId random() {
		return new MessageId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
