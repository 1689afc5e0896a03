package org.truce.verification;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.verification.VerificationFlow.json;

/**
 * What an accused party sees of a case built on a report it may not read: that it is accused, the allegation as put to
 * it and its deadline — never the incident, the report, who filed it or the mechanism's reasons — by every path.
 */
@TruceIntegrationTest
class CaseConfidentialityIntegrationTest {

	private static final String OPENING = "Government alleges insurgent shelling at Quneitra";
	private static final String ALLEGATION = "Shelling of the Quneitra crossing on 3 December is attributed to your forces";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theAccusedSeesThatItIsAccusedAndWhatItIsAskedNeverTheReportsItMayNotRead() throws Exception {
		var flow = new VerificationFlow(mvc, jdbc);
		var incident = flow.incidentReportedOnlyByTheGovernment(Instant.parse("2018-12-03T09:00:00Z"), 33.1256, 35.8236);
		var kase = json(flow.post("guarantor.ru", "/api/v1/cases", "{\"incidentId\": \"" + incident + "\", \"reason\": \"" + OPENING + "\"}")
			.andExpect(status().isCreated())).get("id").asString();
		var path = "/api/v1/cases/" + kase;
		flow.post("secretariat.kz", path + "/transitions", "{\"to\": \"INVESTIGATING\", \"reason\": \"The government's report names a battery\"}")
			.andExpect(status().isOk());
		flow.post("secretariat.kz", path + "/transitions", """
				{"to": "REPLY_REQUESTED", "reason": "%s", "replyDueAt": "2099-01-01T00:00:00Z"}""".formatted(ALLEGATION))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/incidents/" + incident).header("Authorization", DemoUsers.bearer(mvc, "party.opp")))
			.andExpect(status().isNotFound());

		var seen = flow.read("party.opp", path);
		assertThat(seen.get("state").asString()).isEqualTo("REPLY_REQUESTED");
		assertThat(seen.get("accused").toString()).isEqualTo("[\"SYO\"]");
		assertThat(seen.get("replyDueAt").asString()).isEqualTo("2099-01-01T00:00:00Z");
		assertThat(seen.get("allegation").asString()).isEqualTo(ALLEGATION);
		assertThat(seen.get("incidentId").isNull()).isTrue();
		assertThat(seen.get("filedAt").isNull()).isTrue();
		assertThat(seen.get("transitions")).hasSize(3).allSatisfy(t -> assertThat(t.get("reason").isNull()).isTrue());
		assertThat(seen.toString()).doesNotContain(incident, OPENING, "SYG", "battery");
		assertThat(flow.read("party.opp", "/api/v1/cases").get("items").toString()).contains(kase).doesNotContain(incident, OPENING);
		assertThat(flow.read("party.opp", "/api/v1/cases?incidentId=" + incident).get("items")).isEmpty();
		var inbox = flow.read("party.opp", "/api/v1/cases/inbox");
		assertThat(inbox.get("repliesDue")).anySatisfy(reply -> assertThat(reply.get("caseId").asString()).isEqualTo(kase));
		assertThat(inbox.toString()).doesNotContain(incident, OPENING);

		var session = DemoUsers.session(mvc, "party.opp");
		mvc.perform(get("/cases/" + kase).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(ALLEGATION)))
			.andExpect(content().string(containsString("reply-form")))
			.andExpect(content().string(not(containsString(incident))))
			.andExpect(content().string(not(containsString(OPENING))));
		mvc.perform(get("/cases").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(kase)))
			.andExpect(content().string(not(containsString(incident))));
		mvc.perform(get("/inbox").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(kase)))
			.andExpect(content().string(not(containsString(incident))));

		var mechanism = flow.read("guarantor.tr", path);
		assertThat(mechanism.get("incidentId").asString()).isEqualTo(incident);
		assertThat(mechanism.get("transitions").get(0).get("reason").asString()).isEqualTo(OPENING);
		mvc.perform(get(path).header("Authorization", DemoUsers.bearer(mvc, "party.gov"))).andExpect(status().isNotFound());
		mvc.perform(get(path).header("Authorization", DemoUsers.bearer(mvc, "observer.jo"))).andExpect(status().isNotFound());
	}

	@Test
	void theAccusedSeesTheIncidentOfACaseWhenItMaySeeItsReports() throws Exception {
		var flow = new VerificationFlow(mvc, jdbc);
		var incident = flow.incidentReportedByBothParties(Instant.parse("2018-12-17T06:00:00Z"));
		var kase = flow.caseAwaitingReply(incident, "Both parties are said to have shelled the market");

		var seen = flow.read("party.opp", "/api/v1/cases/" + kase);
		assertThat(seen.get("incidentId").asString()).isEqualTo(incident);
		assertThat(seen.get("filedAt").isNull()).isFalse();
		assertThat(flow.read("party.opp", "/api/v1/cases?incidentId=" + incident).get("items")).hasSize(1);
	}
}
