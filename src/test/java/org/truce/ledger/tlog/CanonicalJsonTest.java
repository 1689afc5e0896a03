package org.truce.ledger.tlog;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** RFC 8785: its worked examples (§3.2.2, §3.2.3) and its number serialization samples (Appendix B). */
class CanonicalJsonTest {

	@Test
	void theRfcExampleCanonicalizesAsTheRfcShows() {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("numbers", List.of(333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001));
		// The RFC's input string: euro sign, dollar, U+000F, line feed, A, apostrophe, B, quote, two backslashes, quote, slash.
		value.put("string", "€$\u000F\nA'B\"\\\\\"/");
		value.put("literals", Arrays.asList(null, true, false));

		assertThat(CanonicalJson.text(value)).isEqualTo(
				"{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],"
						+ "\"string\":\"\u20ac$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}");
	}

	@Test
	void keysSortByUtf16CodeUnitsNotByCodePointsOrLocale() {
		Map<String, Object> value = new HashMap<>();
		value.put("\u20ac", "Euro Sign");
		value.put("\r", "Carriage Return");
		value.put("\ufb33", "Hebrew Letter Dalet With Dagesh");
		value.put("1", "One");
		value.put("\ud83d\ude00", "Emoji: Grinning Face");
		value.put("\u0080", "Control");
		value.put("\u00f6", "Latin Small Letter O With Diaeresis");

		assertThat(CanonicalJson.text(value)).isEqualTo("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\","
				+ "\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\","
				+ "\"\ud83d\ude00\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}");
	}

	@Test
	void stringsEscapeOnlyQuotesBackslashesAndControlCharactersAndAreUtf8() {
		assertThat(CanonicalJson.text("\b\f\n\r\t\u0000\u001f\u007f/\u2028é")).isEqualTo("\"\\b\\f\\n\\r\\t\\u0000\\u001f\u007f/\u2028é\"");
		assertThat(CanonicalJson.bytes("é")).containsExactly('"', 0xC3, 0xA9, '"');
		assertThat(CanonicalJson.text(Map.of("nested", Map.of("b", 1L, "a", List.of())))).isEqualTo("{\"nested\":{\"a\":[],\"b\":1}}");
	}

	@Test
	void whatJsonCannotSayCanonicallyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.text("\ud83d"));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.text(Double.NaN));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.text(Double.POSITIVE_INFINITY));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.text(new Object()));
		assertThatIllegalArgumentException().isThrownBy(() -> CanonicalJson.text(Map.of(1, "one")));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource({
			"0000000000000000, 0",
			"8000000000000000, 0",
			"0000000000000001, 5e-324",
			"8000000000000001, -5e-324",
			"7fefffffffffffff, 1.7976931348623157e+308",
			"ffefffffffffffff, -1.7976931348623157e+308",
			"4340000000000000, 9007199254740992",
			"c340000000000000, -9007199254740992",
			"4430000000000000, 295147905179352830000",
			"44b52d02c7e14af5, 9.999999999999997e+22",
			"44b52d02c7e14af6, 1e+23",
			"44b52d02c7e14af7, 1.0000000000000001e+23",
			"444b1ae4d6e2ef4e, 999999999999999700000",
			"444b1ae4d6e2ef4f, 999999999999999900000",
			"444b1ae4d6e2ef50, 1e+21",
			"3eb0c6f7a0b5ed8c, 9.999999999999997e-7",
			"3eb0c6f7a0b5ed8d, 0.000001",
			"41b3de4355555553, 333333333.3333332",
			"41b3de4355555554, 333333333.33333325",
			"41b3de4355555555, 333333333.3333333",
			"41b3de4355555556, 333333333.3333334",
			"41b3de4355555557, 333333333.33333343",
			"becbf647612f3696, -0.0000033333333333333333",
			"43143ff3c1cb0959, 1424953923781206.2" })
	void numbersSerializeAsEcmaScriptDoes(String ieee, String expected) {
		double value = Double.longBitsToDouble(Long.parseUnsignedLong(ieee, 16));
		assertThat(CanonicalJson.text(value)).isEqualTo(expected);
	}
}
