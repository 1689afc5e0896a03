package org.truce.ledger.tlog;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * RFC 8785 JSON Canonicalization Scheme (JCS): the one byte sequence of a JSON value that everyone computes alike, so
 * that a hash over it means the same to every verifier. Values are Java maps with string keys, lists, strings, integral
 * numbers ({@link Integer}, {@link Long}), finite doubles, booleans and {@code null}.
 */
public final class CanonicalJson {

	private CanonicalJson() {
	}

	/** The canonical UTF-8 bytes of a value. */
	public static byte[] bytes(@Nullable Object value) {
		return text(value).getBytes(StandardCharsets.UTF_8);
	}

	/** The canonical text of a value. */
	public static String text(@Nullable Object value) {
		var out = new StringBuilder(256);
		write(value, out);
		return out.toString();
	}

	private static void write(@Nullable Object value, StringBuilder out) {
		switch (value) {
			case null -> out.append("null");
			case String s -> string(s, out);
			case Boolean b -> out.append(b);
			case Integer i -> out.append(i.intValue());
			case Long l -> out.append(l.longValue());
			case Double d -> out.append(number(d));
			case Map<?, ?> map -> object(map, out);
			case List<?> list -> array(list, out);
			default -> throw new IllegalArgumentException("JSON has no canonical form for a " + value.getClass().getName());
		}
	}

	private static void object(Map<?, ?> map, StringBuilder out) {
		var keys = new ArrayList<String>(map.size());
		for (var key : map.keySet()) {
			if (!(key instanceof String name)) {
				throw new IllegalArgumentException("JSON object keys are strings, not " + key);
			}
			keys.add(name);
		}
		// String.compareTo orders by UTF-16 code units, exactly the order RFC 8785 §3.2.3 prescribes.
		keys.sort(String::compareTo);
		out.append('{');
		for (int i = 0; i < keys.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			string(keys.get(i), out);
			out.append(':');
			write(map.get(keys.get(i)), out);
		}
		out.append('}');
	}

	private static void array(List<?> list, StringBuilder out) {
		out.append('[');
		for (int i = 0; i < list.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			write(list.get(i), out);
		}
		out.append(']');
	}

	/** RFC 8785 §3.2.2.2: ECMAScript's JSON string form — only quote, backslash and control characters are escaped. */
	static void string(String s, StringBuilder out) {
		out.append('"');
		if (plain(s)) {
			// Nearly every string in a log needs no escape at all: copied in one go, not character by character.
			out.append(s).append('"');
			return;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isSurrogate(c)) {
				if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
					out.append(c).append(s.charAt(++i));
					continue;
				}
				throw new IllegalArgumentException("A JSON string for canonicalization holds a lone surrogate at " + i);
			}
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				case '\b' -> out.append("\\b");
				case '\f' -> out.append("\\f");
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				default -> {
					if (c < 0x20) {
						out.append("\\u00").append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 0xF, 16));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		out.append('"');
	}

	private static boolean plain(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * RFC 8785 §3.2.2.3: ECMAScript's Number.prototype.toString. Java (since 19) finds the same shortest digits that
	 * round-trip; only the layout differs, and ECMAScript's layout rules are applied to those digits here.
	 */
	static String number(double value) {
		if (!Double.isFinite(value)) {
			throw new IllegalArgumentException("JSON has no form for " + value);
		}
		if (value == 0) {
			return "0";
		}
		double magnitude = Math.abs(value);
		var decimal = new BigDecimal(Double.toString(magnitude)).stripTrailingZeros();
		if (decimal.precision() == 2) {
			// Java never prints fewer than two digits, ECMAScript does when one round-trips (5e-324, not 4.9e-324).
			var oneDigit = new BigDecimal(magnitude).round(new MathContext(1, RoundingMode.HALF_EVEN));
			if (oneDigit.doubleValue() == magnitude) {
				decimal = oneDigit.stripTrailingZeros();
			}
		}
		var digits = decimal.unscaledValue().toString();
		int k = digits.length();
		int n = k - decimal.scale();
		var out = new StringBuilder(32);
		if (value < 0) {
			out.append('-');
		}
		if (k <= n && n <= 21) {
			out.append(digits).append("0".repeat(n - k));
		}
		else if (0 < n && n <= 21) {
			out.append(digits, 0, n).append('.').append(digits, n, k);
		}
		else if (-6 < n && n <= 0) {
			out.append("0.").append("0".repeat(-n)).append(digits);
		}
		else {
			out.append(digits.charAt(0));
			if (k > 1) {
				out.append('.').append(digits, 1, k);
			}
			out.append('e').append(n - 1 >= 0 ? "+" : "-").append(Math.abs(n - 1));
		}
		return out.toString();
	}
}
