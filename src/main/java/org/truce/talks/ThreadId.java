package org.truce.talks;

import java.util.UUID;

/** Identifies a thread of proximity talks: one party's with the mediator. Random, so that one id reveals nothing of another. */
public record ThreadId(UUID value) {

	static ThreadId random() {
		return new ThreadId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
