package org.truce.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.truce.TruceIntegrationTest;
import org.truce.talks.Api;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.talks.Api.json;

/**
 * The public log never tells who attends: a meeting's invitations, line-ups and approvals of its minutes are logged in
 * the name of its organising secretariat, and the messages of proximity talks in the mediator's name, under the
 * message's id alone — read as the public reads the log, without signing in.
 */
@TruceIntegrationTest
class ParticipationLedgerIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void aMeetingsLineUpAndApprovalsNameOnlyItsSecretariat() throws Exception {
		var meeting = json(post("secretariat.kz", "/api/v1/meetings", """
				{"title": "Closed-door test meeting", "startsAt": "2018-09-01T05:00:00Z", "endsAt": "2018-09-01T09:00:00Z",
				 "timeZone": "Asia/Almaty", "venue": "Astana"}""").andExpect(status().isCreated())).get("id").asString();
		for (var delegation : List.of("TR", "IR", "UN")) {
			post("secretariat.kz", "/api/v1/meetings/" + meeting + "/invitations", "{\"delegation\": \"" + delegation + "\"}")
				.andExpect(status().isCreated());
		}
		post("guarantor.tr", "/api/v1/meetings/" + meeting + "/line-up",
				"{\"delegation\": \"TR\", \"members\": [{\"name\": \"Head of delegation\"}]}").andExpect(status().isOk());
		post("observer.un", "/api/v1/meetings/" + meeting + "/line-up",
				"{\"delegation\": \"UN\", \"members\": [{\"name\": \"Special envoy\"}]}").andExpect(status().isOk());
		post("secretariat.kz", "/api/v1/meetings/" + meeting + "/held", "{}").andExpect(status().isOk());
		post("secretariat.kz", "/api/v1/meetings/" + meeting + "/minutes", "{\"text\": \"Closed minutes\"}")
			.andExpect(status().isOk());
		for (var participant : List.of("guarantor.tr", "guarantor.ir", "observer.un")) {
			post(participant, "/api/v1/meetings/" + meeting + "/minutes/approvals", "{}").andExpect(status().isOk());
		}

		var entries = publicEntries(entry -> subject(entry).startsWith(meeting + "/"), 11);
		assertThat(entries).extracting(entry -> entry.get("type").asString())
			.contains("meeting.delegation-invited", "meeting.line-up-recorded", "meeting.minutes-approved");
		assertThat(entries).extracting(entry -> entry.get("delegation").asString()).containsOnly("KZ");
	}

	@Test
	void theMessagesOfProximityTalksNameTheMediatorAndNoThread() throws Exception {
		var talks = json(post("secretariat.kz", "/api/v1/talks",
				"{\"title\": \"Shuttle test talks\", \"mediator\": \"RU\", \"parties\": [\"SYG\", \"SYO\"]}")
			.andExpect(status().isCreated()));
		var threads = new ArrayList<String>();
		talks.get("threads").forEach(thread -> threads.add(thread.get("id").asString()));
		var message = json(post("party.opp", "/api/v1/talks/threads/" + threads.get(1) + "/messages", "{\"text\": \"Ours\"}")
			.andExpect(status().isCreated())).get("id").asString();
		var answer = json(post("party.gov", "/api/v1/talks/threads/" + threads.get(0) + "/messages", "{\"text\": \"Theirs\"}")
			.andExpect(status().isCreated())).get("id").asString();
		var relay = json(post("guarantor.ru", "/api/v1/talks/messages/" + message + "/relay",
				"{\"toThreadId\": \"" + threads.get(0) + "\", \"text\": \"Passed on\"}")
			.andExpect(status().isCreated())).get("id").asString();

		var entries = publicEntries(entry -> List.of(message, answer, relay).contains(subject(entry)), 3);
		assertThat(entries).extracting(entry -> entry.get("delegation").asString()).containsOnly("RU");
		assertThat(publicEntries(entry -> threads.stream().anyMatch(subject(entry)::contains), 0)).isEmpty();
		assertThat(publicEntries(entry -> subject(entry).contains(talks.get("id").asString()), 1))
			.extracting(entry -> entry.get("type").asString())
			.containsExactly("talks.opened");
	}

	private static String subject(JsonNode entry) {
		return entry.get("subjectId").asString();
	}

	/** The entries of the public log that match, once at least {@code expected} of them are sequenced. */
	private List<JsonNode> publicEntries(Predicate<JsonNode> wanted, int expected) {
		var found = new ArrayList<JsonNode>();
		await().untilAsserted(() -> {
			found.clear();
			long size = Long.MAX_VALUE;
			for (long from = 0; from < size; from += 1_000) {
				var page = json(mvc.perform(get("/api/v1/ledger/entries").param("from", Long.toString(from)).param("count", "1000"))
					.andExpect(status().isOk()));
				size = page.get("treeSize").asLong();
				page.get("entries").forEach(entry -> {
					if (wanted.test(entry)) {
						found.add(entry);
					}
				});
			}
			assertThat(found).hasSizeGreaterThanOrEqualTo(expected);
		});
		return found;
	}

	/** A change through the API, as the demo user. */
	private ResultActions post(String username, String path, String json) throws Exception {
		return new Api(mvc).post(username, json, path);
	}
}
