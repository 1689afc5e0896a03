package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;

import org.springframework.test.web.servlet.MockMvc;
import org.truce.talks.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A record's ledger reference ({@code …/ledger}) checked as any reader checks it, with nothing but the answer and the
 * public log: {@code base64(SHA-256(salt ‖ content))} is the entry's content hash, and the entry is the log's own.
 */
public final class LedgerReferences {

	private final MockMvc mvc;
	private final Api api;

	public LedgerReferences(MockMvc mvc) {
		this.mvc = mvc;
		this.api = new Api(mvc);
	}

	/**
	 * Reads the reference as the user, once its entry is sequenced, and checks it.
	 *
	 * @return the reference checked: its {@code entryIndex}, {@code entry}, {@code salt} and {@code content}
	 */
	public Checked check(String username, String path, Object... variables) throws Exception {
		var answer = new JsonNode[1];
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			answer[0] = Api.json(api.get(username, path, variables).andExpect(status().isOk()));
			return !answer[0].get("entryIndex").isNull();
		});
		var check = answer[0];
		var entry = JsonMapper.shared().readTree(check.get("entry").asString());
		assertThat(contentHash(check)).as("SHA-256 of the salt and the content").isEqualTo(entry.get("contentHash").asString());
		var logged = mvc.perform(get("/api/v1/ledger/entries/{index}", check.get("entryIndex").asLong()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(logged).as("the log's entry " + check.get("entryIndex")).isEqualTo(check.get("entry").asString());
		return new Checked(check, entry, JsonMapper.shared().readTree(check.get("content").asString()));
	}

	/** Asserts that the user is answered 404, as for a record that does not exist. */
	public void hidden(String username, String path, Object... variables) throws Exception {
		api.get(username, path, variables).andExpect(status().isNotFound());
	}

	/** What a reader computes from the answer alone. */
	private static String contentHash(JsonNode check) throws Exception {
		var sha256 = MessageDigest.getInstance("SHA-256");
		sha256.update(Base64.getDecoder().decode(check.get("salt").asString()));
		return Base64.getEncoder().encodeToString(sha256.digest(check.get("content").asString().getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * @param answer the reference as served
	 * @param entry the entry it names, parsed
	 * @param content the content its hash covers, parsed
	 */
	public record Checked(JsonNode answer, JsonNode entry, JsonNode content) {

		/** Asserts that a short reference, as a list embeds it, names the same entry with the same salt and hash. */
		public void assertSameAs(JsonNode reference) {
			assertThat(reference.get("entryIndex").asLong()).isEqualTo(answer.get("entryIndex").asLong());
			assertThat(reference.get("type").asString()).isEqualTo(entry.get("type").asString());
			assertThat(reference.get("subjectId").asString()).isEqualTo(entry.get("subjectId").asString());
			assertThat(reference.get("salt").asString()).isEqualTo(answer.get("salt").asString());
			assertThat(reference.get("contentHash").asString()).isEqualTo(entry.get("contentHash").asString());
		}
	}
}
