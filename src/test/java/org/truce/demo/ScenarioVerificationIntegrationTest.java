package org.truce.demo;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The verification picture the demo seeds before the technical meeting of 6 February 2017, dated as the scenario tells
 * it, and the briefing it makes.
 */
@TruceIntegrationTest
class ScenarioVerificationIntegrationTest {

	private static final Instant SCENARIO_START = Instant.parse("2016-12-15T00:00:00Z");
	private static final Instant SCENARIO_END = Instant.parse("2017-04-01T00:00:00Z");

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScenarioVerification verification;

	@Autowired
	ScenarioActors actors;

	@Test
	void eachGuarantorsLogHasEntriesTheOthersConfirmedOrDisputed() throws Exception {
		var statuses = new HashMap<String, Map<String, Integer>>();
		for (var entry : read("guarantor.ru", "/api/v1/guarantor-log?from=2017-01-01&to=2017-02-05").get("items")) {
			statuses.computeIfAbsent(entry.get("guarantor").asString(), g -> new HashMap<>())
				.merge(entry.get("status").asString(), 1, Integer::sum);
		}

		assertThat(statuses.get("RU")).containsEntry("CROSS_CONFIRMED", 1).containsEntry("DISPUTED", 1);
		assertThat(statuses.get("TR")).containsEntry("CROSS_CONFIRMED", 1).containsEntry("DISPUTED", 1);
		assertThat(statuses.get("IR")).containsEntry("AWAITING", 1);
	}

	@Test
	void twoCasesStandInDifferentStatesAtTheirTimesIn2017() throws Exception {
		var states = new HashMap<String, JsonNode>();
		for (var kase : read("secretariat.kz", "/api/v1/cases").get("items")) {
			if (Instant.parse(kase.get("openedAt").asString()).isBefore(SCENARIO_END)) {
				states.put(kase.get("state").asString(), kase);
			}
		}

		assertThat(states).containsKeys("PUBLISHED", "REPLY_REQUESTED");
		assertThat(states.get("REPLY_REQUESTED").get("replyDueAt").asString()).isEqualTo("2017-02-01T12:00:00Z");
		assertThat(states.get("PUBLISHED").get("ruling").get("adopted").asBoolean()).isTrue();
		assertThat(read("observer.jo", "/api/v1/cases/" + states.get("PUBLISHED").get("id").asString()).get("state").asString())
			.isEqualTo("PUBLISHED");
	}

	@Test
	void theTechnicalMeetingsBriefingShowsThePeriodsLogsCasesAndTheOverdueReply() throws Exception {
		var pack = read("secretariat.kz", "/api/v1/meetings/" + technicalMeeting() + "/briefing");

		var logs = new HashMap<String, JsonNode>();
		pack.get("guarantorLogs").forEach(g -> logs.put(g.get("guarantor").asString(), g));
		assertThat(logs.get("RU").get("logged").asLong()).isEqualTo(2);
		assertThat(logs.get("RU").get("crossConfirmed").asLong()).isEqualTo(1);
		assertThat(logs.get("TR").get("disputed").asLong()).isEqualTo(1);
		assertThat(logs.get("IR").get("logged").asLong()).isEqualTo(1);
		assertThat(pack.get("cases").get("opened").asLong()).isGreaterThanOrEqualTo(2);
		assertThat(pack.get("cases").get("determined").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(pack.get("cases").get("medianDaysToDetermination").asDouble()).isBetween(1.0, 30.0);
		assertThat(pack.get("overdueReplies")).anySatisfy(reply -> assertThat(reply.get("owner").asString()).isEqualTo("SYG"));
	}

	@Test
	void theSeededMeetingsTalksAndProposalAreDatedIn2017() throws Exception {
		var meeting = read("secretariat.kz", "/api/v1/meetings/" + technicalMeeting());
		assertThat(meeting.get("status").asString()).isEqualTo("HELD");
		assertThat(scenarioTime(meeting.get("statementPublishedAt"))).isTrue();
		assertThat(scenarioTime(meeting.get("minutes").get("draftedAt"))).isTrue();
		assertThat(meeting.get("actionItems")).isNotEmpty();

		for (var thread : read("guarantor.ru", "/api/v1/talks/threads").get("items")) {
			if (thread.get("talksTitle").asString().equals(ScenarioTalks.TALKS_TITLE)) {
				assertThat(scenarioTime(thread.get("lastMessageAt"))).isTrue();
			}
		}
		for (var proposal : read("guarantor.ru", "/api/v1/proposals").get("items")) {
			if (proposal.get("title").asString().equals(ScenarioTalks.PROPOSAL_TITLE)) {
				assertThat(scenarioTime(proposal.get("submittedAt"))).isTrue();
			}
		}
		assertThat(jdbc.sql("SELECT count(*) FROM report WHERE external_ref LIKE 'ucdp-ged:%' AND NOT filed_at BETWEEN ? AND ?")
			.params(SCENARIO_START.atOffset(ZoneOffset.UTC), Instant.parse("2018-01-01T00:00:00Z").atOffset(ZoneOffset.UTC))
			.query(Long.class).single()).as("seeded reports filed outside the events' time").isZero();
	}

	@Test
	void seedingTheVerificationPictureAgainAddsNothing() {
		long entries = jdbc.sql("SELECT count(*) FROM guarantor_log_entry").query(Long.class).single();
		long cases = jdbc.sql("SELECT count(*) FROM verification_case").query(Long.class).single();

		verification.seed(actors.seed());

		assertThat(jdbc.sql("SELECT count(*) FROM guarantor_log_entry").query(Long.class).single()).isEqualTo(entries);
		assertThat(jdbc.sql("SELECT count(*) FROM verification_case").query(Long.class).single()).isEqualTo(cases);
	}

	private static boolean scenarioTime(JsonNode node) {
		var at = Instant.parse(node.asString());
		return at.isAfter(SCENARIO_START) && at.isBefore(SCENARIO_END);
	}

	private String technicalMeeting() throws Exception {
		for (var meeting : read("secretariat.kz", "/api/v1/meetings").get("items")) {
			if (meeting.get("title").asString().equals(ScenarioMeetings.TECHNICAL_MEETING)) {
				return meeting.get("id").asString();
			}
		}
		throw new AssertionError("The demo has no technical meeting");
	}

	private JsonNode read(String username, String path) throws Exception {
		return JsonMapper.shared().readTree(mvc.perform(get(path).header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, username)))
			.andReturn().getResponse().getContentAsString());
	}
}
