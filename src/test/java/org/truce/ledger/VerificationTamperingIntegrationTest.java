package org.truce.ledger;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;
import org.truce.incident.IncidentFixtures;
import org.truce.ledger.tlog.Verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Cases and guarantor logs are in the ledger: each change answers with a receipt, and a changed record is named. */
@TruceIntegrationTest
class VerificationTamperingIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LedgerAudit audit;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aCasesRevisionsAndALogEntryAreLoggedAndTheirTamperingIsNamed() throws Exception {
		var fixtures = new IncidentFixtures(mvc, jdbc);
		var report = fixtures.file("party.opp", IncidentFixtures.report(Instant.parse("2018-07-02T05:00:00Z"), 35.5, 36.9, null,
				null, "MECHANISM"));
		var incident = fixtures.incidentOf(report, "guarantor.ru");

		var opened = mvc.perform(post("/api/v1/cases").header("Authorization", DemoUsers.bearer(mvc, "guarantor.ru"))
				.contentType("application/json").content("{\"incidentId\": \"" + incident + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receipt.entryIndex").isNumber())
			.andExpect(jsonPath("$.receipt.inclusionProof").isArray())
			.andReturn().getResponse().getContentAsString();
		var caseIndex = tools.jackson.databind.json.JsonMapper.shared().readTree(opened).get("receipt").get("entryIndex").asLong();
		var caseId = tools.jackson.databind.json.JsonMapper.shared().readTree(opened).get("id").asString();
		var logged = mvc.perform(post("/api/v1/guarantor-log").header("Authorization", DemoUsers.bearer(mvc, "guarantor.tr"))
				.contentType("application/json").content("{\"incidentId\": \"" + incident + "\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receipt.entryIndex").isNumber())
			.andReturn().getResponse().getContentAsString();
		var logIndex = tools.jackson.databind.json.JsonMapper.shared().readTree(logged).get("receipt").get("entryIndex").asLong();

		assertThat(tampered(sql -> sql.sql("UPDATE case_revision SET snapshot = jsonb_set(snapshot, '{openedBy}', '\"IR\"') "
				+ "WHERE case_id = CAST(? AS uuid) AND revision = 1").param(caseId).update()))
			.satisfies(v -> assertThat(first(v).describe()).startsWith("entry " + caseIndex + ": content changed"));
		assertThat(tampered(sql -> sql.sql("UPDATE guarantor_log_entry SET note = 'never logged' WHERE incident_id = CAST(? AS uuid)")
				.param(incident).update()))
			.satisfies(v -> assertThat(first(v).describe()).startsWith("entry " + logIndex + ": content changed"));
	}

	@Test
	void meetingsAndEvidenceAreLoggedAndTheirTamperingIsNamed() throws Exception {
		var meeting = tools.jackson.databind.json.JsonMapper.shared().readTree(mvc.perform(post("/api/v1/meetings")
				.header("Authorization", DemoUsers.bearer(mvc, "secretariat.kz")).contentType("application/json").content("""
						{"title": "Ledger test meeting", "startsAt": "2018-08-01T05:00:00Z", "timeZone": "Asia/Almaty", "venue": "Astana"}"""))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
		assertThat(tampered(sql -> sql.sql("UPDATE meeting_revision SET snapshot = jsonb_set(snapshot, '{venue}', '\"Geneva\"') "
				+ "WHERE meeting_id = CAST(? AS uuid)").param(meeting).update()))
			.satisfies(v -> assertThat(first(v).describe()).contains("content changed", "meeting.scheduled " + meeting + "/1"));

		var report = new IncidentFixtures(mvc, jdbc).file("party.gov", IncidentFixtures.report(Instant.parse("2018-08-02T05:00:00Z"),
				35.5, 36.9, null, null, "MECHANISM"));
		var evidence = tools.jackson.databind.json.JsonMapper.shared().readTree(mvc.perform(
				org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/api/v1/reports/" + report + "/evidence")
					.file(new org.springframework.mock.web.MockMultipartFile("file", "statement.txt", "text/plain", "A statement".getBytes()))
					.header("Authorization", DemoUsers.bearer(mvc, "party.gov")))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
		assertThat(tampered(sql -> sql.sql("UPDATE evidence SET sha256 = repeat('0', 64) WHERE id = CAST(? AS uuid)")
				.param(evidence).update()))
			.satisfies(v -> assertThat(first(v).describe()).contains("content changed", "evidence.attached " + evidence));
	}

	/** Changes that answer without a receipt are logged a moment after they commit; verification waits for them. */
	private Verification tampered(Consumer<JdbcClient> tampering) {
		await().atMost(Duration.ofSeconds(30))
			.until(() -> jdbc.sql("SELECT count(*) FROM ledger_pending").query(Long.class).single() == 0);
		return new Tampering(jdbc, transactions, audit).verifyAfter(tampering);
	}

	private static Verification.Mismatch first(Verification verification) {
		return Tampering.first(verification);
	}
}
