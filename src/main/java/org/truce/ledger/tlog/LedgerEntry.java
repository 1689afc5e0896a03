package org.truce.ledger.tlog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One entry of the log, whose canonical JSON (RFC 8785) is the leaf's input: what happened ({@code type}) to what
 * ({@code subjectId}), by which delegation, when, and the salted hash of the content — never the content itself, so that
 * the log can be shown to everyone.
 *
 * @param time an RFC 3339 instant in UTC
 * @param contentHash base64 of SHA-256(salt ‖ canonical content)
 */
public record LedgerEntry(long index, String type, String subjectId, String delegation, String time, String contentHash) {

	private static final Set<String> FIELDS = Set.of("index", "type", "subjectId", "delegation", "time", "contentHash");

	public LedgerEntry {
		if (index < 0) {
			throw new IllegalArgumentException("An entry's index is 0 or more");
		}
	}

	public byte[] canonical() {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("index", index);
		fields.put("type", type);
		fields.put("subjectId", subjectId);
		fields.put("delegation", delegation);
		fields.put("time", time);
		fields.put("contentHash", contentHash);
		return CanonicalJson.bytes(fields);
	}

	public byte[] leafHash() {
		return TreeHash.leaf(canonical());
	}

	/** The content hash that the salt and canonical content of the entry's subject give. */
	public static String contentHash(byte[] salt, byte[] canonicalContent) {
		return TreeHash.base64(TreeHash.sha256(salt, canonicalContent));
	}

	/**
	 * Reads an entry from its bytes, which must be exactly its canonical form: a verifier that accepted any other
	 * spelling would let one entry have two leaf hashes.
	 *
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static LedgerEntry parse(byte[] bytes) {
		JsonNode json;
		try {
			json = JsonMapper.shared().readTree(bytes);
		}
		catch (JacksonException e) {
			throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage());
		}
		if (json == null || !json.isObject()) {
			throw new IllegalArgumentException("not a JSON object");
		}
		var names = json.propertyNames();
		if (!FIELDS.equals(Set.copyOf(names))) {
			throw new IllegalArgumentException("has the fields " + names + ", not " + FIELDS);
		}
		var index = json.get("index");
		if (!index.canConvertToExactIntegral() || !index.canConvertToLong()) {
			throw new IllegalArgumentException("index is not an integer");
		}
		var entry = new LedgerEntry(index.asLong(), text(json, "type"), text(json, "subjectId"), text(json, "delegation"),
				text(json, "time"), text(json, "contentHash"));
		if (Base64.getDecoder().decode(entry.contentHash).length != TreeHash.SIZE) {
			throw new IllegalArgumentException("contentHash is not a SHA-256 hash");
		}
		if (!Arrays.equals(entry.canonical(), bytes)) {
			throw new IllegalArgumentException("not in canonical form: " + new String(bytes, StandardCharsets.UTF_8));
		}
		return entry;
	}

	private static String text(JsonNode json, String field) {
		var value = json.get(field);
		if (!value.isString()) {
			throw new IllegalArgumentException(field + " is not a string");
		}
		return value.asString();
	}
}
