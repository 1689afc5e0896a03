package org.truce.meeting;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a meeting. */
public record MeetingId(@JsonValue UUID value) {

	@JsonCreator
	public static MeetingId of(UUID value) {
		return new MeetingId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
