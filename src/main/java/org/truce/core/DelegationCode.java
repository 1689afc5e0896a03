package org.truce.core;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The stable short code by which a delegation is known everywhere, e.g. {@code RU} or {@code MON1}. */
public record DelegationCode(@JsonValue String value) {

	private static final Pattern FORMAT = Pattern.compile("[A-Z][A-Z0-9]{1,11}");

	@JsonCreator
	public static DelegationCode of(String value) {
		return new DelegationCode(value);
	}

	public DelegationCode {
		if (!FORMAT.matcher(value).matches()) {
			throw new IllegalArgumentException("A delegation code is 2 to 12 capital letters or digits, starting with a letter");
		}
	}

	public static boolean isValid(String value) {
		return FORMAT.matcher(value).matches();
	}

	@Override
	public String toString() {
		return value;
	}
}
