package org.truce.ledger.tlog;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** An entry's bytes are its RFC 8785 form, and only those bytes read back as an entry. */
class LedgerEntryTest {

	private static final String HASH = "9KybpXXtfQlFUaWOhSOQgSD/HEpHPQLjarABL5LiYh4=";

	@Test
	void theHandWrittenFormIsTheCanonicalJsonOfTheSixFields() {
		var entry = new LedgerEntry(1768, "report.filed", "06f41aa0-4fe1-4f98-bed4-ccde6fc1480b/1", "SYG",
				"2026-11-26T16:28:28.939388Z", HASH);
		assertThat(new String(entry.canonical(), StandardCharsets.UTF_8)).isEqualTo("{\"contentHash\":\"" + HASH
				+ "\",\"delegation\":\"SYG\",\"index\":1768,\"subjectId\":\"06f41aa0-4fe1-4f98-bed4-ccde6fc1480b/1\","
				+ "\"time\":\"2026-11-26T16:28:28.939388Z\",\"type\":\"report.filed\"}");

		var unusual = new LedgerEntry(0, "a.b", "quote \" backslash \\ tab \t bell \u0007 arabic دمشق emoji \ud83d\ude00", "KZ",
				"t", HASH);
		assertThat(unusual.canonical()).isEqualTo(CanonicalJson.bytes(fields(unusual)));
		assertThat(LedgerEntry.parse(unusual.canonical())).isEqualTo(unusual);
		assertThat(LedgerEntry.parse(entry.canonical())).isEqualTo(entry);
		assertThat(entry.leafHash()).isEqualTo(TreeHash.leaf(entry.canonical()));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"{\"delegation\":\"SYG\",\"contentHash\":\"%s\",\"index\":1,\"subjectId\":\"s\",\"time\":\"t\",\"type\":\"a.b\"}",
			"{\"contentHash\":\"%s\", \"delegation\":\"SYG\",\"index\":1,\"subjectId\":\"s\",\"time\":\"t\",\"type\":\"a.b\"}",
			"{\"contentHash\":\"%s\",\"delegation\":\"SYG\",\"index\":01,\"subjectId\":\"s\",\"time\":\"t\",\"type\":\"a.b\"}",
			"{\"contentHash\":\"%s\",\"delegation\":\"SYG\",\"index\":-1,\"subjectId\":\"s\",\"time\":\"t\",\"type\":\"a.b\"}",
			"{\"contentHash\":\"%s\",\"delegation\":\"SYG\",\"index\":1.0,\"subjectId\":\"s\",\"time\":\"t\",\"type\":\"a.b\"}",
			"{\"contentHash\":\"%s\",\"delegation\":\"SYG\",\"index\":1,\"subjectId\":\"s\\/x\",\"time\":\"t\",\"type\":\"a.b\"}",
			"{\"contentHash\":\"%s\",\"delegation\":\"S\\u0059G\",\"index\":1,\"subjectId\":\"s\",\"time\":\"t\",\"type\":\"a.b\"}",
			"{\"contentHash\":\"%s\",\"delegation\":\"SYG\",\"index\":1,\"subjectId\":\"s\",\"time\":\"t\",\"type\":\"a.b\"} ",
			"{\"contentHash\":\"%s\",\"delegation\":\"SYG\",\"index\":1,\"subjectId\":\"s\",\"time\":\"t\",\"type\":\"a.b\",\"x\":1}",
			"{\"contentHash\":\"%s\",\"delegation\":\"SYG\",\"index\":1,\"subjectId\":\"s\",\"time\":\"t\"}",
			"{\"contentHash\":\"AAAA\",\"delegation\":\"SYG\",\"index\":1,\"subjectId\":\"s\",\"time\":\"t\",\"type\":\"a.b\"}%s",
			"{\"contentHash\":\"%s\",\"delegation\":\"SYG\",\"index\":1,\"subjectId\":\"s",
			"[%s]" })
	void anyOtherSpellingIsRefused(String spelling) {
		var bytes = spelling.formatted(HASH).getBytes(StandardCharsets.UTF_8);
		assertThatIllegalArgumentException().isThrownBy(() -> LedgerEntry.parse(bytes));
	}

	private static Map<String, Object> fields(LedgerEntry entry) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("type", entry.type());
		fields.put("time", entry.time());
		fields.put("subjectId", entry.subjectId());
		fields.put("index", entry.index());
		fields.put("delegation", entry.delegation());
		fields.put("contentHash", entry.contentHash());
		return fields;
	}
}
