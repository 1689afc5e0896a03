package org.truce.ledger;

import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.truce.TruceIntegrationTest;
import org.truce.talks.Api;
import org.truce.ledger.tlog.Verification;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.ledger.Tampering.index;
import static org.truce.talks.Api.json;

/**
 * Proposals and proximity talks are in the ledger: every change answers with a receipt, and a stored version or message
 * changed by direct SQL — around the tables' append-only triggers, as someone with full access to the database could —
 * is named at its entry.
 */
@TruceIntegrationTest
class TalksTamperingIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LedgerAudit audit;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aProposalsChangesAreLoggedAndAChangedVersionIsNamed() throws Exception {
		var tabled = json(post("party.opp", "/api/v1/proposals", """
				{"title": "Ledger test proposal", "text": "Monitors at every crossing.", "confidentiality": "GUARANTORS"}""")
			.andExpect(status().isCreated()));
		var id = tabled.get("id").asString();
		var revised = json(post("party.opp", "/api/v1/proposals/" + id + "/versions", """
				{"text": "Monitors at every crossing, day and night.", "reason": "Round the clock"}""")
			.andExpect(status().isCreated()));
		var position = json(post("guarantor.tr", "/api/v1/proposals/" + id + "/positions", "{\"position\": \"SUPPORT\"}")
			.andExpect(status().isCreated()));
		var moved = json(post("secretariat.kz", "/api/v1/proposals/" + id + "/status",
				"{\"status\": \"UNDER_DISCUSSION\", \"reason\": \"On the agenda\"}")
			.andExpect(status().isOk()));

		assertThat(entryOf(tabled)).contains("\"type\":\"proposal.submitted\"", "\"subjectId\":\"" + id + "/1\"",
				"\"delegation\":\"SYO\"");
		assertThat(entryOf(revised)).contains("\"type\":\"proposal.version-added\"", "\"subjectId\":\"" + id + "/2\"");
		assertThat(entryOf(position)).contains("\"type\":\"proposal.position-taken\"", "\"subjectId\":\"" + id + "/2/TR/1\"",
				"\"delegation\":\"TR\"");
		assertThat(entryOf(moved)).contains("\"type\":\"proposal.status-changed\"", "\"subjectId\":\"" + id + "/status/1\"",
				"\"delegation\":\"KZ\"");
		assertThat(new Tampering(jdbc, transactions, audit).verifyAfter(sql -> { })).isInstanceOf(Verification.Intact.class);

		assertThat(tampered(sql -> sql.sql("UPDATE proposal_version SET text = 'No monitors.' WHERE proposal_id = CAST(? AS uuid) "
				+ "AND version = 2").param(id).update()))
			.startsWith("entry " + index(revised) + ": content changed")
			.contains("proposal.version-added " + id + "/2");
		assertThat(tampered(sql -> sql.sql("UPDATE proposal SET title = 'Another proposal' WHERE id = CAST(? AS uuid)").param(id)
				.update()))
			.startsWith("entry " + index(tabled) + ": content changed");
		assertThat(tampered(sql -> sql.sql("UPDATE proposal_position SET stance = 'OPPOSE' WHERE proposal_id = CAST(? AS uuid)")
				.param(id).update()))
			.startsWith("entry " + index(position) + ": content changed");
	}

	@Test
	void talksAndTheirMessagesAreLoggedAndAChangedMessageIsNamed() throws Exception {
		var talks = json(post("secretariat.kz", "/api/v1/talks",
				"{\"title\": \"Ledger test talks\", \"mediator\": \"RU\", \"parties\": [\"SYG\", \"SYO\"]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receipt.entryIndex").isNumber()));
		String government = null;
		String opposition = null;
		for (var thread : talks.get("threads")) {
			if (thread.get("party").asString().equals("SYG")) {
				government = thread.get("id").asString();
			}
			else {
				opposition = thread.get("id").asString();
			}
		}
		var message = json(post("party.opp", "/api/v1/talks/threads/" + opposition + "/messages",
				"{\"text\": \"We ask for the convoys to Douma.\"}")
			.andExpect(status().isCreated()));
		var relay = json(post("guarantor.ru", "/api/v1/talks/messages/" + message.get("id").asString() + "/relay",
				"{\"toThreadId\": \"" + government + "\", \"text\": \"The other side asks for convoys.\"}")
			.andExpect(status().isCreated()));

		assertThat(entryOf(message)).contains("\"type\":\"talks.message-posted\"",
				"\"subjectId\":\"" + message.get("id").asString() + "\"", "\"delegation\":\"RU\"");
		assertThat(entryOf(relay)).contains("\"type\":\"talks.message-relayed\"", "\"delegation\":\"RU\"");

		assertThat(tampered(sql -> sql.sql("UPDATE talks_message SET text = 'We refuse the convoys.' WHERE id = CAST(? AS uuid)")
				.param(message.get("id").asString()).update()))
			.startsWith("entry " + index(message) + ": content changed")
			.contains("talks.message-posted " + message.get("id").asString());
		assertThat(tampered(sql -> sql.sql("UPDATE talks_message SET author_delegation = 'SYG' WHERE id = CAST(? AS uuid)")
				.param(relay.get("id").asString()).update()))
			.startsWith("entry " + index(relay) + ": content changed");
		assertThat(tampered(sql -> sql.sql("DELETE FROM talks_message WHERE id = CAST(? AS uuid)")
				.param(relay.get("id").asString()).update()))
			.startsWith("entry " + index(relay) + ": subject missing");
	}

	/** The first mismatch found once the stored records were changed around their triggers. */
	private String tampered(Consumer<JdbcClient> tampering) {
		return new Tampering(jdbc, transactions, audit).firstAfter(tampering);
	}

	private String entryOf(JsonNode answer) {
		return new Tampering(jdbc, transactions, audit).entry(index(answer));
	}

	/** A change through the API, as the demo user. */
	private ResultActions post(String username, String path, String json) throws Exception {
		return new Api(mvc).post(username, json, path);
	}
}
