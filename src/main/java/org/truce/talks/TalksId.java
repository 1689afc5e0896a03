package org.truce.talks;

import java.util.UUID;

/** Identifies a set of proximity talks. Random, so that one id reveals nothing of another. */
public record TalksId(UUID value) {

	static TalksId random() {
		return new TalksId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
