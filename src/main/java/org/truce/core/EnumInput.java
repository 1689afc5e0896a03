package org.truce.core;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** Reads a code typed by a person or a client into an enum: in any case, with hyphens or spaces for underscores. */
public final class EnumInput {

	private EnumInput() {
	}

	/** @throws InvalidInputException naming the field, with the accepted values, if the value is absent or unknown */
	public static <E extends Enum<E>> E parse(String field, @Nullable String value, Class<E> type) {
		if (value == null || value.isBlank()) {
			throw new InvalidInputException(field, "is required: one of " + List.of(type.getEnumConstants()));
		}
		try {
			return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_"));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidInputException(field, "must be one of " + List.of(type.getEnumConstants()));
		}
	}
}
