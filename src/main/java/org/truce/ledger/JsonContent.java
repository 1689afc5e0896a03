package org.truce.ledger;

import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * A record kept as a JSON document (a snapshot), read into the maps and lists the ledger canonicalizes: the same
 * document hashes the same however its keys were ordered or spaced when stored.
 */
public final class JsonContent {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonContent() {
	}

	@SuppressWarnings("unchecked")
	public static Map<String, Object> of(String json) {
		return JSON.readValue(json, Map.class);
	}
}
