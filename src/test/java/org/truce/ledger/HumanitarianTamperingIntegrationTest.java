package org.truce.ledger;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.truce.TruceIntegrationTest;
import org.truce.ledger.tlog.Verification;
import org.truce.talks.Api;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.ledger.Tampering.index;
import static org.truce.talks.Api.json;

/**
 * Humanitarian items are in the ledger: raised, moved, the commitments made on them and met, each answering with a
 * receipt. What was undertaken stays verifiable once it is met; a commitment changed by direct SQL is named at its entry;
 * and the public log names the acting party only on a public item.
 */
@TruceIntegrationTest
class HumanitarianTamperingIntegrationTest {

	@Autowired
	MockMvc mvc;

	private final Tampering tampering;

	HumanitarianTamperingIntegrationTest(@Autowired JdbcClient jdbc, @Autowired PlatformTransactionManager transactions,
			@Autowired LedgerAudit audit) {
		tampering = new Tampering(jdbc, transactions, audit);
	}

	@Test
	void anItemsChangesAreLoggedAndAChangedCommitmentIsNamed() throws Exception {
		var raised = raise("MECHANISM");
		var item = raised.get("id").asString();
		var committed = commit("party.gov", item, "SYG", "Open the road to the convoy");
		var commitment = committed.get("commitments").get(0).get("id").asString();
		var met = json(post("guarantor.ru", "/api/v1/humanitarian-items/" + item + "/commitments/" + commitment + "/met",
				"{\"note\": \"The convoy passed\"}")
			.andExpect(status().isOk()));
		var moved = json(post("secretariat.kz", "/api/v1/humanitarian-items/" + item + "/status",
				"{\"status\": \"IN_PROGRESS\", \"reason\": \"Convoy on its way\"}")
			.andExpect(status().isOk()));

		assertThat(tampering.entry(index(raised))).contains("\"type\":\"humanitarian.item-raised\"",
				"\"subjectId\":\"" + item + "\"", "\"delegation\":\"KZ\"");
		assertThat(tampering.entry(index(committed))).as("names the item's raiser, not the party, on a confidential item")
			.contains("\"type\":\"humanitarian.commitment-made\"", "\"subjectId\":\"" + commitment + "\"", "\"delegation\":\"KZ\"");
		assertThat(tampering.entry(index(met))).contains("\"type\":\"humanitarian.commitment-met\"",
				"\"subjectId\":\"" + commitment + "/met\"", "\"delegation\":\"KZ\"");
		assertThat(tampering.entry(index(moved))).contains("\"type\":\"humanitarian.status-changed\"",
				"\"subjectId\":\"" + item + "/status/1\"");
		assertThat(moved.get("statusHistory").get(0).get("to").asString()).isEqualTo("IN_PROGRESS");
		assertThat(tampering.verifyAfter(sql -> { })).as("what was made still verifies once it is met")
			.isInstanceOf(Verification.Intact.class);

		var references = new LedgerReferences(mvc);
		var made = references.check("observer.jo", "/api/v1/humanitarian-items/{id}/commitments/{c}/ledger", item, commitment);
		assertThat(made.content().get("party").asString()).isEqualTo("SYG");
		assertThat(made.content().get("recordedBy").asString()).isEqualTo("SYG");
		assertThat(made.content().get("text").asString()).isEqualTo("Open the road to the convoy");
		var kept = references.check("party.opp", "/api/v1/humanitarian-items/{id}/commitments/{c}/met/ledger", item, commitment);
		assertThat(kept.content().get("metRecordedBy").asString()).isEqualTo("RU");
		assertThat(kept.content().get("note").asString()).isEqualTo("The convoy passed");
		references.check("observer.jo", "/api/v1/humanitarian-items/{id}/ledger", item);
		var status = references.check("observer.jo", "/api/v1/humanitarian-items/{id}/status/1/ledger", item);
		assertThat(status.content().get("reason").asString()).isEqualTo("Convoy on its way");
		references.hidden("observer.jo", "/api/v1/humanitarian-items/{id}/status/2/ledger", item);
		references.hidden("observer.jo", "/api/v1/humanitarian-items/{id}/commitments/{c}/ledger", item, UUID.randomUUID());

		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE humanitarian_commitment SET text = 'Think about the road' "
				+ "WHERE id = CAST(? AS uuid)").param(commitment).update()))
			.startsWith("entry " + index(committed) + ": content changed")
			.contains("humanitarian.commitment-made " + commitment);
		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE humanitarian_commitment SET due_at = due_at + interval '30 days' "
				+ "WHERE id = CAST(? AS uuid)").param(commitment).update()))
			.startsWith("entry " + index(committed) + ": content changed");
		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE humanitarian_commitment SET met_recorded_by = 'SYG' "
				+ "WHERE id = CAST(? AS uuid)").param(commitment).update()))
			.startsWith("entry " + index(met) + ": content changed")
			.contains("humanitarian.commitment-met " + commitment + "/met");
		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE humanitarian_commitment SET met_at = NULL, met_recorded_by = NULL "
				+ "WHERE id = CAST(? AS uuid)").param(commitment).update()))
			.startsWith("entry " + index(met) + ": subject missing");
		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE humanitarian_item SET status = 'COMPLETED' WHERE id = CAST(? AS uuid)")
				.param(item).update()))
			.startsWith("entry " + index(moved) + ": content changed");
	}

	@Test
	void onAPublicItemTheLogNamesThePartyThatCommitted() throws Exception {
		var item = raise("PUBLIC").get("id").asString();
		var committed = commit("party.opp", item, "SYO", "Hand over the list");

		assertThat(tampering.entry(index(committed))).contains("\"type\":\"humanitarian.commitment-made\"",
				"\"delegation\":\"SYO\"");
	}

	@Test
	void aConfidentialItemsReferencesAreForItsReadersOnly() throws Exception {
		var raised = raise("GUARANTORS");
		var item = raised.get("id").asString();
		var committed = commit("secretariat.kz", item, "SYG", "Name the detainees");
		var commitment = committed.get("commitments").get(0).get("id").asString();

		var references = new LedgerReferences(mvc);
		references.check("guarantor.ir", "/api/v1/humanitarian-items/{id}/ledger", item);
		references.check("guarantor.ir", "/api/v1/humanitarian-items/{id}/commitments/{c}/ledger", item, commitment);
		for (var outsider : new String[] { "party.gov", "observer.un" }) {
			references.hidden(outsider, "/api/v1/humanitarian-items/{id}/ledger", item);
			references.hidden(outsider, "/api/v1/humanitarian-items/{id}/commitments/{c}/ledger", item, commitment);
		}
		references.hidden("guarantor.ir", "/api/v1/humanitarian-items/{id}/commitments/{c}/met/ledger", item, commitment);
	}

	@Test
	void theSeededCommitmentsAreLoggedMadeAndMet() throws Exception {
		JsonNode madaya = null;
		for (var item : json(new Api(mvc).get("guarantor.ru", "/api/v1/humanitarian-items").andExpect(status().isOk())).get("items")) {
			if (item.get("title").asString().equals("Medical evacuation from Madaya")) {
				madaya = item;
			}
		}
		assertThat(madaya).as("the seeded evacuation").isNotNull();
		var item = madaya.get("id").asString();
		var commitment = madaya.get("commitments").get(0).get("id").asString();
		var references = new LedgerReferences(mvc);
		var made = references.check("guarantor.ru", "/api/v1/humanitarian-items/{id}/commitments/{c}/ledger", item, commitment);
		var kept = references.check("guarantor.ru", "/api/v1/humanitarian-items/{id}/commitments/{c}/met/ledger", item, commitment);
		assertThat(kept.content().get("metAt").asString()).isEqualTo("2017-01-29T16:00:00Z");
		references.check("guarantor.ru", "/api/v1/humanitarian-items/{id}/ledger", item);

		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE humanitarian_commitment SET party = 'SYO' WHERE id = CAST(? AS uuid)")
				.param(commitment).update()))
			.startsWith("entry " + made.answer().get("entryIndex").asLong() + ": content changed");
		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE humanitarian_commitment SET met_at = met_at + interval '5 days' "
				+ "WHERE id = CAST(? AS uuid)").param(commitment).update()))
			.startsWith("entry " + kept.answer().get("entryIndex").asLong() + ": content changed");
	}

	/** An item the secretariat raises at the level. */
	private JsonNode raise(String level) throws Exception {
		return json(post("secretariat.kz", "/api/v1/humanitarian-items", """
				{"kind": "CONVOY", "title": "Ledger test convoy %s", "description": "Food to Douma.", "confidentiality": "%s"}"""
			.formatted(UUID.randomUUID(), level))
			.andExpect(status().isCreated()));
	}

	/** A party's commitment on the item, recorded by the user. */
	private JsonNode commit(String username, String item, String party, String text) throws Exception {
		return json(post(username, "/api/v1/humanitarian-items/" + item + "/commitments",
				"{\"party\": \"" + party + "\", \"text\": \"" + text + "\", \"dueAt\": \"2017-02-10T12:00:00Z\"}")
			.andExpect(status().isOk()));
	}

	/** A change through the API, as the demo user. */
	private ResultActions post(String username, String path, String json) throws Exception {
		return new Api(mvc).post(username, json, path);
	}
}
