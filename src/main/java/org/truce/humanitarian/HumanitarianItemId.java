package org.truce.humanitarian;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Identifies a humanitarian item. */
public record HumanitarianItemId(@JsonValue UUID value) {

	@JsonCreator
	public static HumanitarianItemId of(UUID value) {
		return new HumanitarianItemId(value);
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
