package org.truce.verification;

import java.time.Duration;
import java.time.Instant;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.truce.DemoUsers;
import org.truce.incident.IncidentFixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The start every verification test shares: the government and the opposition each report the same shelling, accusing
 * each other, and the engine puts both reports in one incident.
 */
final class VerificationFlow {

	private final MockMvc mvc;
	private final IncidentFixtures fixtures;

	VerificationFlow(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.fixtures = new IncidentFixtures(mvc, jdbc);
	}

	/** @return the incident both reports landed in */
	String incidentReportedByBothParties(Instant at) throws Exception {
		var government = actor("Government of Syria");
		var insurgents = actor("Syrian insurgents");
		var byGovernment = fixtures.file("party.gov", IncidentFixtures.report(at, 35.9306, 36.6339, insurgents, government, "MECHANISM"));
		var byOpposition = fixtures.file("party.opp",
				IncidentFixtures.report(at.plus(Duration.ofMinutes(30)), 35.9380, 36.6350, government, insurgents, "MECHANISM"));
		var incident = fixtures.incidentOf(byOpposition, "guarantor.ru");
		if (!fixtures.incidentOf(byGovernment, "guarantor.ru").equals(incident)) {
			throw new AssertionError("The two parties' reports of one shelling landed in different incidents");
		}
		return incident;
	}

	/** @return the incident of one report the government files at the guarantors' level, accusing the insurgents */
	String incidentReportedOnlyByTheGovernment(Instant at, double lat, double lon) throws Exception {
		var report = fixtures.file("party.gov",
				IncidentFixtures.report(at, lat, lon, actor("Syrian insurgents"), actor("Government of Syria"), "GUARANTORS"));
		return fixtures.incidentOf(report, "guarantor.ru");
	}

	/** @return the id of a case opened by Russia on the incident and moved to a request for the reply */
	String caseAwaitingReply(String incident, String allegation) throws Exception {
		var kase = json(post("guarantor.ru", "/api/v1/cases", "{\"incidentId\": \"" + incident + "\"}")
			.andExpect(status().isCreated())).get("id").asString();
		post("secretariat.kz", "/api/v1/cases/" + kase + "/transitions", "{\"to\": \"INVESTIGATING\", \"reason\": \"monitors sent\"}")
			.andExpect(status().isOk());
		post("secretariat.kz", "/api/v1/cases/" + kase + "/transitions", """
				{"to": "REPLY_REQUESTED", "reason": "%s", "replyDueAt": "2099-01-01T00:00:00Z"}""".formatted(allegation))
			.andExpect(status().isOk());
		return kase;
	}

	String actor(String name) throws Exception {
		for (var actor : fixtures.read("guarantor.ru", "/api/v1/actors?q=" + name).get("items")) {
			if (actor.get("name").asString().equals(name)) {
				return actor.get("id").asString();
			}
		}
		throw new AssertionError("No actor " + name);
	}

	ResultActions post(String username, String path, String body) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post(path)
			.header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, username))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	JsonNode read(String username, String path) throws Exception {
		return fixtures.read(username, path);
	}

	static JsonNode json(ResultActions result) throws Exception {
		return JsonMapper.shared().readTree(result.andReturn().getResponse().getContentAsString());
	}
}
