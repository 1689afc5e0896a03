package org.truce.talks;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.truce.TruceIntegrationTest;
import org.truce.ledger.LedgerReferences;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.talks.Api.json;
import static org.truce.talks.Api.quoted;

/**
 * Proximity talks through the API: a party's words reach the other party only as the mediator's relay, and no path
 * lets a party, an observer or another guarantor read, reach or even detect a thread that is not theirs.
 */
@TruceIntegrationTest
@RecordApplicationEvents
class TalksApiIntegrationTest {

	private static final String RELAY = "/api/v1/talks/messages/{id}/relay";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void aMessageFromTheOppositionReachesTheGovernmentOnlyAsTheMediatorsRelay() throws Exception {
		var api = new Api(mvc);
		var talks = open(api);
		var raw = "We will not sit with the government delegation " + UUID.randomUUID();
		var relayed = "The other side asks for a pause in the shelling " + UUID.randomUUID();

		var original = json(post(api, "party.opp", talks.opposition(), raw)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.from").value("PARTY"))
			.andExpect(jsonPath("$.delegation").value("SYO")));
		var originalId = original.get("id").asString();
		api.get("party.gov", "/api/v1/talks/threads/{id}", talks.government())
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(raw))));

		api.get("guarantor.ru", "/api/v1/talks/threads/{id}", talks.opposition())
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.thread.side").value("MEDIATOR"))
			.andExpect(jsonPath("$.messages[0].text").value(raw));
		var relay = json(api.post("guarantor.ru", relayBody(talks.government(), relayed), RELAY, originalId)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.from").value("MEDIATOR"))
			.andExpect(jsonPath("$.relayOf.messageId").value(originalId))
			.andExpect(jsonPath("$.relayOf.threadId").value(talks.opposition()))
			.andExpect(jsonPath("$.relayOf.party").value("SYO")));
		var relayId = relay.get("id").asString();

		for (var read : List.of(api.get("party.gov", "/api/v1/talks/threads/{id}", talks.government()),
				api.get("party.gov", "/api/v1/talks/messages/{id}", relayId))) {
			read.andExpect(status().isOk())
				.andExpect(content().string(containsString(relayed)))
				.andExpect(content().string(not(containsString(raw))))
				.andExpect(content().string(not(containsString("SYO"))))
				.andExpect(content().string(not(containsString(originalId))))
				.andExpect(content().string(not(containsString(talks.opposition()))))
				.andExpect(content().string(not(containsString("relayOf"))));
		}
		api.get("party.gov", "/api/v1/talks/threads/{id}", talks.government())
			.andExpect(jsonPath("$.messages[0].from").value("MEDIATOR"))
			.andExpect(jsonPath("$.messages[0].delegation").value("RU"))
			.andExpect(jsonPath("$.thread.side").value("PARTY"));
		api.get("guarantor.ru", "/api/v1/talks/messages/{id}", relayId).andExpect(jsonPath("$.relayOf.party").value("SYO"));

		assertThat(events.stream(MessagePosted.class).filter(e -> e.messageId().toString().equals(originalId))).singleElement()
			.satisfies(e -> assertThat(e.toString()).doesNotContain(raw));
		assertThat(events.stream(MessageRelayed.class).filter(e -> e.relayId().toString().equals(relayId))).singleElement()
			.satisfies(e -> assertThat(e.sourceMessageId().toString()).isEqualTo(originalId))
			.satisfies(e -> assertThat(e.toString()).doesNotContain(relayed));
	}

	@Test
	void neitherPartyReachesTheOthersThreadByAnyPathAndEveryAnswerIsThatOfAMissingId() throws Exception {
		var api = new Api(mvc);
		var talks = open(api);
		var governmentMessage = id(post(api, "party.gov", talks.government(), "Government only " + UUID.randomUUID()));
		var oppositionMessage = id(post(api, "party.opp", talks.opposition(), "Opposition only " + UUID.randomUUID()));
		var relayToGovernment = id(api.post("guarantor.ru", relayBody(talks.government(), "Relayed"),
				RELAY, oppositionMessage));

		assertHidden(api, "party.opp", talks.government(), List.of(governmentMessage, relayToGovernment), talks.opposition(),
				oppositionMessage);
		assertHidden(api, "party.gov", talks.opposition(), List.of(oppositionMessage), talks.government(), governmentMessage);
		for (var party : List.of("party.opp", "party.gov")) {
			var own = party.equals("party.opp") ? talks.opposition() : talks.government();
			var listed = json(api.get(party, "/api/v1/talks/threads").andExpect(status().isOk())).get("items");
			assertThat(listed.valueStream().map(t -> t.get("id").asString())).contains(own)
				.doesNotContain(talks.government().equals(own) ? talks.opposition() : talks.government());
			assertThat(listed.valueStream().map(t -> t.get("party").asString()).distinct())
				.containsExactly(party.equals("party.opp") ? "SYO" : "SYG");
			api.get(party, "/api/v1/talks/{id}", talks.id()).andExpect(status().isNotFound());
		}
	}

	@Test
	void observersOtherGuarantorsAndTheSecretariatSeeNoThreadAndNoMessage() throws Exception {
		var api = new Api(mvc);
		var talks = open(api);
		var message = id(post(api, "party.opp", talks.opposition(), "Not for outsiders"));

		for (var outsider : List.of("observer.jo", "observer.un", "guarantor.tr", "secretariat.kz", "monitor.1")) {
			var listed = json(api.get(outsider, "/api/v1/talks/threads").andExpect(status().isOk())).get("items");
			assertThat(listed.valueStream().map(t -> t.get("id").asString()))
				.doesNotContain(talks.opposition(), talks.government());
			api.get(outsider, "/api/v1/talks/threads/{id}", talks.opposition()).andExpect(status().isNotFound());
			api.get(outsider, "/api/v1/talks/messages/{id}", message).andExpect(status().isNotFound());
			post(api, outsider, talks.opposition(), "Hello").andExpect(status().isNotFound());
		}
		api.get("observer.jo", "/api/v1/talks/threads").andExpect(jsonPath("$.items.length()").value(0));
		api.get("secretariat.kz", "/api/v1/talks/{id}", talks.id()).andExpect(status().isOk())
			.andExpect(jsonPath("$.mediator").value("RU"));
		api.get("guarantor.tr", "/api/v1/talks/{id}", talks.id()).andExpect(status().isNotFound());
	}

	@Test
	void onlyTheSecretariatOpensTalksAndOnlyTheMediatorRelays() throws Exception {
		var api = new Api(mvc);
		api.post("party.gov", "{\"title\": \"T\", \"mediator\": \"RU\", \"parties\": [\"SYG\", \"SYO\"]}", "/api/v1/talks")
			.andExpect(status().isForbidden());
		api.post("secretariat.kz", "{\"title\": \"T\", \"mediator\": \"SYG\", \"parties\": [\"SYG\", \"SYO\"]}", "/api/v1/talks")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("mediator"));
		api.post("secretariat.kz", "{\"title\": \"T\", \"mediator\": \"RU\", \"parties\": [\"SYG\", \"TR\"]}", "/api/v1/talks")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("parties[1]"));

		var talks = open(api);
		var message = id(post(api, "party.opp", talks.opposition(), "Pass this on"));
		// The party sees its own message, so it is told it may not relay; it learns nothing of the target it named.
		api.post("party.opp", relayBody(talks.government(), "Direct"), RELAY, message)
			.andExpect(status().isForbidden());
		api.post("party.opp", relayBody(UUID.randomUUID().toString(), "Direct"), RELAY, message)
			.andExpect(status().isForbidden());
		api.post("guarantor.ru", relayBody(talks.opposition(), "Back"), RELAY, message)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("toThreadId"));
		api.post("guarantor.ru", relayBody(open(api).government(), "Elsewhere"), RELAY, message)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("toThreadId"));
		api.post("guarantor.ru", relayBody(talks.government(), " "), RELAY, message)
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("text"));
	}

	@Test
	void theMediatorsReadsOfAPartysThreadAreLoggedAndThePartysOwnAreNot() throws Exception {
		var api = new Api(mvc);
		var talks = open(api);
		var message = id(post(api, "party.opp", talks.opposition(), "Logged read"));

		api.get("party.opp", "/api/v1/talks/threads/{id}", talks.opposition()).andExpect(status().isOk());
		api.get("guarantor.ru", "/api/v1/talks/threads/{id}", talks.opposition()).andExpect(status().isOk());
		api.get("guarantor.ru", "/api/v1/talks/messages/{id}", message).andExpect(status().isOk());

		assertThat(jdbc.sql("""
				SELECT subject_type || ':' || delegation || ':' || owner || ':' || level FROM access_log
				WHERE subject_id IN (?, ?)""")
			.params(UUID.fromString(talks.opposition()), UUID.fromString(message)).query(String.class).list())
			.containsExactlyInAnyOrder("talks-thread:RU:SYO:PRIVATE", "talks-message:RU:SYO:PRIVATE");
	}

	@Test
	void theTalksAndTheirMessagesAreCheckedAgainstTheLedgerByWhoeverReadsThemWholeAndARelayByTheMediatorAlone()
			throws Exception {
		var api = new Api(mvc);
		var references = new LedgerReferences(mvc);
		var talks = open(api);
		var message = id(post(api, "party.opp", talks.opposition(), "Our terms " + UUID.randomUUID()));
		var relay = id(api.post("guarantor.ru", relayBody(talks.government(), "The other side's terms"), RELAY, message));

		var opened = references.check("guarantor.ru", "/api/v1/talks/{id}/ledger", talks.id());
		assertThat(opened.entry().get("type").asString()).isEqualTo("talks.opened");
		assertThat(opened.content().get("threads")).hasSize(2);
		references.check("secretariat.kz", "/api/v1/talks/{id}/ledger", talks.id());
		for (var outsider : List.of("party.gov", "party.opp", "guarantor.tr")) {
			references.hidden(outsider, "/api/v1/talks/{id}/ledger", talks.id());
		}

		var own = references.check("party.opp", "/api/v1/talks/messages/{id}/ledger", message);
		assertThat(own.entry().get("delegation").asString()).isEqualTo("RU");
		assertThat(own.content().get("delegation").asString()).isEqualTo("SYO");
		references.check("guarantor.ru", "/api/v1/talks/messages/{id}/ledger", message);
		references.hidden("party.gov", "/api/v1/talks/messages/{id}/ledger", message);

		var relayed = references.check("guarantor.ru", "/api/v1/talks/messages/{id}/ledger", relay);
		assertThat(relayed.entry().get("type").asString()).isEqualTo("talks.message-relayed");
		assertThat(relayed.content().get("relayOf").asString()).isEqualTo(message);
		api.get("party.gov", "/api/v1/talks/messages/{id}", relay).andExpect(status().isOk());
		var missing = UUID.randomUUID().toString();
		assertThat(notFound(api.get("party.gov", "/api/v1/talks/messages/{id}/ledger", relay), relay, "ledger"))
			.isEqualTo(notFound(api.get("party.gov", "/api/v1/talks/messages/{id}/ledger", missing), missing, "ledger"));
		references.hidden("party.opp", "/api/v1/talks/messages/{id}/ledger", relay);

		assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE subject_type = 'talks-message' AND subject_id = ? AND delegation = ?")
			.params(UUID.fromString(message), "RU").query(Long.class).single()).isPositive();
	}

	/**
	 * Every way a party might reach another party's thread answers 404, and the answer is the one an id that never existed
	 * gets, word for word once the id is taken out.
	 */
	private void assertHidden(Api api, String party, String otherThread, List<String> otherMessages, String ownThread,
			String ownMessage) throws Exception {
		var guessedThread = UUID.randomUUID().toString();
		var guessedMessage = UUID.randomUUID().toString();
		var answers = new ArrayList<String[]>();
		for (var thread : List.of(otherThread, guessedThread)) {
			answers.add(notFound(api.get(party, "/api/v1/talks/threads/{id}", thread), thread, "thread"));
			answers.add(notFound(post(api, party, thread, "Direct contact"), thread, "post"));
			// relaying its own message into the other party's thread is refused before the target is even looked at
			api.post(party, relayBody(thread, "Direct contact"), RELAY, ownMessage)
				.andExpect(status().isForbidden());
		}
		var messages = new ArrayList<>(otherMessages);
		messages.add(guessedMessage);
		for (var message : messages) {
			answers.add(notFound(api.get(party, "/api/v1/talks/messages/{id}", message), message, "message"));
			answers.add(notFound(api.post(party, relayBody(ownThread, "Copy"), RELAY, message), message, "relay"));
		}
		for (var kind : List.of("thread", "post", "message", "relay")) {
			assertThat(answers.stream().filter(a -> a[0].equals(kind)).map(a -> a[1]).distinct()).as(kind).hasSize(1);
		}
	}

	private static String[] notFound(ResultActions result, String id, String kind) throws Exception {
		var body = result.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString();
		assertThat(body).doesNotContain("SYO\"", "SYG\"", "RU\"", "mediator", "relayOf");
		return new String[] { kind, body.replace(id, "{id}") };
	}

	private static ResultActions post(Api api, String user, String thread, String text) throws Exception {
		return api.post(user, "{\"text\": %s}".formatted(quoted(text)), "/api/v1/talks/threads/{id}/messages", thread);
	}

	private static String relayBody(String toThread, String text) {
		return "{\"toThreadId\": \"%s\", \"text\": %s}".formatted(toThread, quoted(text));
	}

	private static String id(ResultActions created) throws Exception {
		return json(created.andExpect(status().isCreated())).get("id").asString();
	}

	/** Fresh talks mediated by Russia between the government and the opposition, opened by the secretariat. */
	private static OpenedTalks open(Api api) throws Exception {
		var opened = json(api.post("secretariat.kz", """
				{"title": "Proximity talks %s", "mediator": "RU", "parties": ["SYG", "SYO"]}""".formatted(UUID.randomUUID()),
				"/api/v1/talks").andExpect(status().isCreated()));
		return new OpenedTalks(opened.get("id").asString(), threadOf(opened, "SYG"), threadOf(opened, "SYO"));
	}

	private static String threadOf(JsonNode talks, String party) {
		return talks.get("threads").valueStream().filter(t -> t.get("party").asString().equals(party)).findFirst().orElseThrow()
			.get("id").asString();
	}

	private record OpenedTalks(String id, String government, String opposition) {
	}
}
