package org.truce.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.truce.TruceIntegrationTest;
import org.truce.agreement.Actors;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.incident.IncidentFixtures.ids;
import static org.truce.incident.IncidentFixtures.json;
import static org.truce.incident.IncidentFixtures.report;

/**
 * Incidents through the API: the engine's grouping of reports filed through the register, what each viewer sees of an
 * incident, the scope pre-assessment, and the analysts' actions. Each test files its reports in a period of its own, so
 * that no other test's reports fall into its incidents.
 */
@TruceIntegrationTest
class IncidentApiIntegrationTest {

	private static final double DOUMA_LAT = 33.5722;
	private static final double DOUMA_LON = 36.4025;

	@Autowired
	MockMvc mvc;

	@Autowired
	Actors actors;

	@Autowired
	JdbcClient jdbc;

	private IncidentFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new IncidentFixtures(mvc, jdbc);
	}

	@Test
	void twoPartiesAccusingEachOtherOfOneClashLandInOneIncident() throws Exception {
		var clash = accusingEachOther(Instant.parse("1981-03-03T08:30:00Z"), "GUARANTORS");

		var seen = fixtures.read("guarantor.ru", "/api/v1/incidents/" + clash.incident());
		assertThat(ids(seen.get("reportIds"))).containsExactlyInAnyOrder(clash.byGovernment(), clash.byOpposition());
		assertThat(seen.get("links").findValuesAsString("status")).containsOnly("PROPOSED");
		var joined = scoredLink(seen);
		assertThat(joined.get("score").asDouble()).isGreaterThanOrEqualTo(0.5);
		assertThat(joined.get("explanation").findValuesAsString("factor")).contains("time", "place", "category", "actors");
		assertThat(joined.get("explanation").toString()).contains("swapped");
		assertThat(seen.get("location").get("radiusMetres").asDouble()).isPositive();
		assertThat(seen.get("scope").get("outsideTruce").asBoolean()).isFalse();
	}

	@Test
	void eachPartySeesOnlyTheReportsOfAnIncidentItMaySee() throws Exception {
		var clash = accusingEachOther(Instant.parse("1982-04-04T10:00:00Z"), "PRIVATE");
		var incident = "/api/v1/incidents/" + clash.incident();

		assertThat(ids(fixtures.read("party.opp", incident).get("reportIds"))).containsExactly(clash.byOpposition());
		assertThat(fixtures.read("party.opp", incident).toString()).doesNotContain(clash.byGovernment());
		assertThat(ids(fixtures.read("guarantor.tr", incident).get("reportIds"))).containsExactly(clash.byOpposition());
		assertThat(ids(fixtures.read("party.gov", incident).get("reportIds")))
			.containsExactlyInAnyOrder(clash.byGovernment(), clash.byOpposition());

		var listed = fixtures.read("party.opp", "/api/v1/incidents?from=1982-04-04T00:00:00Z&to=1982-04-04T23:59:59Z");
		assertThat(listed.get("total").asLong()).isOne();
		assertThat(ids(listed.get("items").get(0).get("reportIds"))).containsExactly(clash.byOpposition());
	}

	@Test
	void aViewerWhoMayNotSeeEveryReportSeesTheIncidentAsIfTheOthersWereNotThere() throws Exception {
		var clash = accusingEachOther(Instant.parse("1982-06-06T10:00:00Z"), "PRIVATE");
		var incident = "/api/v1/incidents/" + clash.incident();
		var alone = fixtures.file("party.opp", report(Instant.parse("1982-06-07T10:00:00Z"), DOUMA_LAT, DOUMA_LON + 1, null, null,
				"MECHANISM"));
		var openedAlone = fixtures.read("party.opp", "/api/v1/incidents/" + fixtures.incidentOf(alone, "party.opp"));

		for (var outsider : List.of("party.opp", "guarantor.tr")) {
			var seen = fixtures.read(outsider, incident);
			var link = seen.get("links").get(0);
			assertThat(link.get("reportId").asString()).isEqualTo(clash.byOpposition());
			// Exactly as a report that opened an incident no other lay near.
			assertThat(link.get("score")).isEqualTo(openedAlone.get("links").get(0).get("score"));
			assertThat(link.get("explanation")).isEqualTo(openedAlone.get("links").get(0).get("explanation"));
			assertThat(seen.get("history").findValuesAsString("action")).first().isEqualTo("OPENED");
			assertThat(seen.get("history").findValues("score")).as("the history tells no score").isEmpty();
			assertThat(seen.toString()).doesNotContain("swapped", "2 and 2 killed", clash.byGovernment());
		}
		assertThat(scoredLink(fixtures.read("party.gov", incident)).get("explanation").toString()).contains("swapped");
	}

	@Test
	void anIncidentWhoseReportsAViewerMayNotSeeIsNotFoundAndListedNowhere() throws Exception {
		var secret = fixtures.file("party.gov", report(Instant.parse("1983-05-05T05:00:00Z"), DOUMA_LAT, DOUMA_LON, null, null, "PRIVATE"));
		var incident = fixtures.incidentOf(secret, "party.gov");

		for (var outsider : List.of("party.opp", "guarantor.ru", "observer.jo")) {
			fixtures.call(outsider, get("/api/v1/incidents/" + incident)).andExpect(status().isNotFound());
			assertThat(fixtures.read(outsider, "/api/v1/incidents?from=1983-05-05T00:00:00Z&to=1983-05-05T23:59:59Z").get("total").asLong())
				.isZero();
		}
		fixtures.call("party.gov", get("/api/v1/incidents/" + UUID.randomUUID())).andExpect(status().isNotFound());
		fixtures.call("guarantor.ru", post("/api/v1/incidents/" + incident + "/links/" + secret + "/confirm").contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"seen it\"}")).andExpect(status().isNotFound());
	}

	@Test
	void shellingAnIsilPositionDuringTheTruceIsFlaggedOutsideItNamingTheDesignation() throws Exception {
		var isil = actor("ISIL");
		var shelling = fixtures.file("party.gov", report(Instant.parse("2017-02-10T06:00:00Z"), 35.9500, 38.9800, null, isil, "MECHANISM"));
		var incident = fixtures.incidentOf(shelling, "party.gov");

		var scope = fixtures.read("guarantor.ir", "/api/v1/incidents/" + incident).get("scope");

		assertThat(scope.get("outsideTruce").asBoolean()).isTrue();
		assertThat(scope.get("advisory").asBoolean()).isTrue();
		var reason = scope.get("reasons").get(0);
		assertThat(reason.get("rule").asString()).isEqualTo("EXCLUDED_ACTOR");
		assertThat(reason.get("actor").get("id").asString()).isEqualTo(isil);
		assertThat(reason.get("designation").get("kind").asString()).isEqualTo("EXCLUDED_FROM_TRUCE");
		assertThat(reason.get("designation").get("designatedBy").asString()).isIn("RU", "TR", "IR");
		assertThat(reason.get("designation").get("id").asString()).isNotBlank();
		assertThat(reason.get("detail").asString()).contains("excluded from the truce");
		assertThat(ids(reason.get("reportIds"))).containsExactly(shelling);
	}

	@Test
	void theScopeFlagShowsWhoDisputesTheDesignationAndFiresOnlyWhileItIsInForce() throws Exception {
		var ahrar = actors.search("Ahrar al-Sham", 1).items().getFirst().id().value().toString();
		var during = fixtures.file("party.gov", report(Instant.parse("2017-03-01T06:00:00Z"), 35.9300, 36.6300, null, ahrar, "MECHANISM"));
		var before = fixtures.file("party.gov", report(Instant.parse("2016-12-20T06:00:00Z"), 35.9300, 36.6300, null, ahrar, "MECHANISM"));

		var flagged = fixtures.read("guarantor.ru", "/api/v1/incidents/" + fixtures.incidentOf(during, "party.gov")).get("scope");
		assertThat(flagged.get("outsideTruce").asBoolean()).isTrue();
		assertThat(flagged.get("reasons").get(0).get("disputes").findValuesAsString("disputedBy")).contains("TR", "SYO");
		assertThat(fixtures.read("guarantor.ru", "/api/v1/incidents/" + fixtures.incidentOf(before, "party.gov")).get("scope").get("outsideTruce")
			.asBoolean()).isFalse();
	}

	@Test
	void analystsConfirmAndRejectLinksAndOthersMayNot() throws Exception {
		var at = Instant.parse("1984-06-06T09:00:00Z");
		var first = fixtures.file("party.gov", report(at, DOUMA_LAT, DOUMA_LON, null, null, "MECHANISM"));
		var second = fixtures.file("party.opp", report(at.plus(Duration.ofMinutes(10)), DOUMA_LAT + 0.002, DOUMA_LON, null, null, "MECHANISM"));
		var incident = fixtures.incidentOf(first, "party.gov");
		assertThat(fixtures.incidentOf(second, "party.gov")).isEqualTo(incident);
		var confirm = "/api/v1/incidents/" + incident + "/links/" + first + "/confirm";

		fixtures.act("party.gov", confirm, "{\"reason\": \"ours\"}").andExpect(status().isForbidden());
		fixtures.act("observer.jo", confirm, "{\"reason\": \"seen\"}").andExpect(status().isForbidden());
		fixtures.act("guarantor.ru", confirm, "{}").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("reason"));
		fixtures.act("guarantor.ru", "/api/v1/incidents/" + UUID.randomUUID() + "/links/" + first + "/confirm", "{\"reason\": \"x\"}")
			.andExpect(status().isNotFound());

		fixtures.act("guarantor.ru", confirm, "{\"reason\": \"Both describe the mortar fire on the market.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.links[?(@.reportId == '" + first + "')].status").value("CONFIRMED"))
			.andExpect(jsonPath("$.links[?(@.reportId == '" + first + "')].decidedByDelegation").value("RU"));
		fixtures.act("guarantor.tr", confirm, "{\"reason\": \"again\"}").andExpect(status().isConflict());
		fixtures.act("guarantor.tr", "/api/v1/incidents/" + incident + "/links/" + first + "/reject", "{\"reason\": \"no\"}")
			.andExpect(status().isConflict());

		fixtures.act("secretariat.kz", "/api/v1/incidents/" + incident + "/links/" + second + "/reject",
				"{\"reason\": \"A different strike, an hour's walk away.\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.links[?(@.reportId == '" + second + "')].status").value("REJECTED"))
			.andExpect(jsonPath("$.links[?(@.reportId == '" + second + "')].counted").value(false));
		var elsewhere = fixtures.incidentOf(second, "party.gov");
		assertThat(elsewhere).isNotEqualTo(incident);
		fixtures.act("guarantor.ir", "/api/v1/incidents/" + incident + "/links/" + second + "/confirm", "{\"reason\": \"yes\"}")
			.andExpect(status().isConflict());

		var history = fixtures.read("guarantor.ir", "/api/v1/incidents/" + incident).get("history").findValuesAsString("action");
		assertThat(history).contains("OPENED", "LINKED", "CONFIRMED", "REJECTED");
		assertThat(jdbc.sql("SELECT count(*) FROM incident_history WHERE incident_id = ? AND delegation = 'KZ'")
			.param(UUID.fromString(incident)).query(Long.class).single()).isOne();
	}

	@Test
	void analystsMergeIncidentsAndSplitReportsOffWithEveryStepRecorded() throws Exception {
		var one = fixtures.file("party.gov", report(Instant.parse("1985-07-07T09:00:00Z"), DOUMA_LAT, DOUMA_LON, null, null, "MECHANISM"));
		var other = fixtures.file("party.opp", report(Instant.parse("1985-07-20T09:00:00Z"), DOUMA_LAT, DOUMA_LON, null, null, "MECHANISM"));
		var first = fixtures.incidentOf(one, "party.gov");
		var second = fixtures.incidentOf(other, "party.opp");
		assertThat(second).isNotEqualTo(first);
		var merge = "/api/v1/incidents/" + first + "/merge";

		fixtures.act("party.opp", merge, "{\"otherIncidentId\": \"" + second + "\", \"reason\": \"same\"}").andExpect(status().isForbidden());
		fixtures.act("guarantor.ru", merge, "{\"otherIncidentId\": \"" + first + "\", \"reason\": \"itself\"}")
			.andExpect(status().isUnprocessableContent());
		fixtures.act("guarantor.ru", merge, "{\"otherIncidentId\": \"" + UUID.randomUUID() + "\", \"reason\": \"none\"}")
			.andExpect(status().isNotFound());
		fixtures.act("guarantor.ru", merge, "{\"otherIncidentId\": \"" + second + "\", \"reason\": \"The opposition dated the same raid late.\"}")
			.andExpect(status().isOk());

		var merged = fixtures.read("guarantor.ru", "/api/v1/incidents/" + first);
		assertThat(ids(merged.get("reportIds"))).containsExactlyInAnyOrder(one, other);
		assertThat(merged.get("history").findValuesAsString("action")).contains("MERGED_IN");
		assertThat(fixtures.read("guarantor.ru", "/api/v1/incidents/" + second).get("id").asString()).isEqualTo(first);
		assertThat(fixtures.incidentOf(other, "party.opp")).isEqualTo(first);
		fixtures.act("guarantor.ru", "/api/v1/incidents/" + second + "/merge", "{\"otherIncidentId\": \"" + first + "\", \"reason\": \"x\"}")
			.andExpect(status().isNotFound());

		var split = "/api/v1/incidents/" + first + "/split";
		fixtures.act("guarantor.tr", split, "{\"reportIds\": [\"" + one + "\", \"" + other + "\"], \"reason\": \"all\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("reportIds"));
		var created = json(fixtures.act("guarantor.tr", split, "{\"reportIds\": [\"" + other + "\"], \"reason\": \"Two raids after all.\"}")
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString());
		var splitOff = created.get("id").asString();
		assertThat(ids(created.get("reportIds"))).containsExactly(other);
		assertThat(created.get("links").get(0).get("status").asString()).isEqualTo("CONFIRMED");
		assertThat(created.get("history").findValuesAsString("action")).contains("SPLIT_FROM");
		var left = fixtures.read("guarantor.tr", "/api/v1/incidents/" + first);
		assertThat(ids(left.get("reportIds"))).containsExactly(one);
		assertThat(left.get("links").toString()).contains("REJECTED", "Two raids after all.");
		assertThat(left.get("history").findValuesAsString("action")).contains("SPLIT_OFF");
		assertThat(fixtures.incidentOf(other, "party.opp")).isEqualTo(splitOff);
		assertThat(jdbc.sql("SELECT count(*) FROM incident_history WHERE incident_id IN (?, ?, ?)")
			.params(UUID.fromString(first), UUID.fromString(second), UUID.fromString(splitOff)).query(Long.class).single())
			.isGreaterThanOrEqualTo(6);
	}

	@Test
	void theHistoryCannotBeRewritten() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> jdbc.sql("DELETE FROM incident_history").update())
			.hasMessageContaining("never changed or removed");
	}

	private String actor(String name) {
		return actors.search(name, 1).items().getFirst().id().value().toString();
	}

	/**
	 * The government reporting the opposition's shelling of its positions, at the government's level, and the
	 * opposition reporting the same exchange of fire half an hour and a kilometre off the other way round, for the
	 * mechanism; both placed by the engine.
	 */
	private Clash accusingEachOther(Instant at, String governmentLevel) throws Exception {
		var government = actor("Syrian Arab Army");
		var opposition = actor("Syrian armed opposition");
		var byGovernment = fixtures.file("party.gov", report(at, DOUMA_LAT, DOUMA_LON, opposition, government, governmentLevel));
		var byOpposition = fixtures.file("party.opp", report(at.plus(Duration.ofMinutes(30)), DOUMA_LAT + 0.009, DOUMA_LON,
				government, opposition, "MECHANISM"));
		var incident = fixtures.incidentOf(byOpposition, "party.opp");
		assertThat(fixtures.incidentOf(byGovernment, "party.gov")).isEqualTo(incident);
		return new Clash(byGovernment, byOpposition, incident);
	}

	/** The link of the report that joined the incident (the one that opened it has no score). */
	private static JsonNode scoredLink(JsonNode incident) {
		for (var link : incident.get("links")) {
			if (link.hasNonNull("score")) {
				return link;
			}
		}
		throw new AssertionError("no scored link in " + incident);
	}

	private record Clash(String byGovernment, String byOpposition, String incident) {
	}
}
