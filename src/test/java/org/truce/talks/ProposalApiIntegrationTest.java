package org.truce.talks;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.truce.TruceIntegrationTest;
import org.truce.ledger.LedgerReferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.talks.Api.json;
import static org.truce.talks.Api.quoted;

/** Proposals through the API: tabled, positioned, revised and diffed, moved through their status, and kept confidential. */
@TruceIntegrationTest
@RecordApplicationEvents
class ProposalApiIntegrationTest {

	private static final String FIRST = "Monitors of the guarantors report violations weekly to the joint group.";
	private static final String SECOND = "Monitors of the guarantors report violations daily to the joint group, with evidence.";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	@Test
	void theOppositionTablesAProposalTheGuarantorsTakePositionsAndASecondVersionShowsItsDiff() throws Exception {
		var api = new Api(mvc);
		var title = "Monitoring proposal " + UUID.randomUUID();
		var body = "{\"title\": %s, \"text\": %s}".formatted(quoted(title), quoted(FIRST));
		var tabled = api.post("party.opp", body, "/api/v1/proposals")
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION,
					matchesPattern("http://localhost(:\\d+)?/api/v1/proposals/[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.submittedBy").value("SYO"))
			.andExpect(jsonPath("$.status").value("TABLED"))
			.andExpect(jsonPath("$.confidentiality").value("MECHANISM"))
			.andExpect(jsonPath("$.currentVersion").value(1))
			.andExpect(jsonPath("$.allowedActions.addVersion").value(true))
			.andExpect(jsonPath("$.allowedActions.changeStatusTo[0]").value("WITHDRAWN"))
			.andExpect(jsonPath("$.receipt.entry").value(containsString("\"type\":\"proposal.submitted\"")));
		var path = "/api/v1/proposals/" + json(tabled).get("id").asString();

		position(api, "guarantor.ru", path, "AMEND", "Daily reports, not weekly.").andExpect(status().isCreated());
		position(api, "guarantor.tr", path, "SUPPORT", null).andExpect(status().isCreated());
		position(api, "guarantor.ir", path, "OPPOSE", "The joint group is not yet set up.").andExpect(status().isCreated());
		position(api, "guarantor.ir", path, "SUPPORT", null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receipt.entry").value(containsString("\"type\":\"proposal.position-taken\"")))
			.andExpect(jsonPath("$.positions.length()").value(3))
			.andExpect(jsonPath("$.positions[?(@.delegation == 'IR')].position").value("SUPPORT"))
			.andExpect(jsonPath("$.positions[?(@.delegation == 'IR')].number").value(2))
			.andExpect(jsonPath("$.positions[?(@.delegation == 'RU')].text").value("Daily reports, not weekly."))
			.andExpect(jsonPath("$.positionHistory.length()").value(4))
			.andExpect(jsonPath("$.allowedActions.takePosition").value(true));

		var revised = api.post("party.opp", "{\"text\": %s, \"reason\": \"As Russia proposed\"}".formatted(quoted(SECOND)),
				path + "/versions")
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, endsWith(path + "/versions/2")))
			.andExpect(jsonPath("$.currentVersion").value(2))
			.andExpect(jsonPath("$.text").value(SECOND))
			.andExpect(jsonPath("$.positions.length()").value(0))
			.andExpect(jsonPath("$.positionHistory.length()").value(4))
			.andReturn().getResponse();
		api.get("guarantor.tr", revised.getHeader(HttpHeaders.LOCATION))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.reason").value("As Russia proposed"))
			.andExpect(jsonPath("$.recordedBy").value("SYO"));
		api.get("guarantor.tr", path + "/versions/1").andExpect(jsonPath("$.text").value(FIRST));

		api.get("guarantor.ru", path + "/diff?from=1&to=2")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.segments[0].op").value("equal"))
			.andExpect(jsonPath("$.segments[0].text").value("Monitors of the guarantors report violations "))
			.andExpect(jsonPath("$.segments[1].op").value("delete"))
			.andExpect(jsonPath("$.segments[1].text").value("weekly"))
			.andExpect(jsonPath("$.segments[2].op").value("insert"))
			.andExpect(jsonPath("$.segments[2].text").value("daily"))
			.andExpect(jsonPath("$.segments[?(@.op == 'insert')].text", hasItem(", with evidence")));

		assertThat(events.stream(ProposalSubmitted.class).filter(e -> path.endsWith(e.proposalId().toString()))).hasSize(1);
		assertThat(events.stream(PositionTaken.class).filter(e -> path.endsWith(e.proposalId().toString()))).hasSize(4);
		assertThat(events.stream(ProposalVersionAdded.class).filter(e -> path.endsWith(e.proposalId().toString())))
			.singleElement().extracting(ProposalVersionAdded::version).isEqualTo(2);
	}

	@Test
	void observersReadMechanismProposalsButTakeNoPositionAndTableNothing() throws Exception {
		var api = new Api(mvc);
		var path = table(api, "party.gov", "MECHANISM");

		api.get("observer.jo", path).andExpect(status().isOk()).andExpect(jsonPath("$.allowedActions.takePosition").value(false));
		api.get("observer.jo", "/api/v1/proposals?status=TABLED")
			.andExpect(jsonPath("$.items[?(@.id == '" + idOf(path) + "')]").exists());
		position(api, "observer.jo", path, "SUPPORT", null).andExpect(status().isForbidden());
		api.post("observer.un", "{\"title\": \"T\", \"text\": \"X\"}", "/api/v1/proposals").andExpect(status().isForbidden());
		// not on its own proposal
		position(api, "party.gov", path, "SUPPORT", null).andExpect(status().isForbidden());
	}

	@Test
	void theSecretariatMovesTheStatusTheSubmitterMayWithdrawAndInvalidMovesConflict() throws Exception {
		var api = new Api(mvc);
		var path = table(api, "party.opp", "MECHANISM");

		move(api, "secretariat.kz", path, "ADOPTED", "Agreed").andExpect(status().isConflict());
		move(api, "guarantor.ru", path, "UNDER_DISCUSSION", "Agenda").andExpect(status().isForbidden());
		move(api, "secretariat.kz", path, "UNDER_DISCUSSION", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("reason"));
		move(api, "secretariat.kz", path, "UNDER_DISCUSSION", "On the agenda of the technical meeting")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("UNDER_DISCUSSION"))
			.andExpect(jsonPath("$.statusHistory[0].changedBy").value("KZ"));
		api.get("observer.jo", "/api/v1/proposals?status=UNDER_DISCUSSION")
			.andExpect(jsonPath("$.items[?(@.id == '" + idOf(path) + "')]").exists());
		api.get("observer.jo", "/api/v1/proposals?status=TABLED")
			.andExpect(jsonPath("$.items[?(@.id == '" + idOf(path) + "')]").doesNotExist());
		move(api, "party.opp", path, "ADOPTED", "We adopt it").andExpect(status().isForbidden());
		move(api, "party.opp", path, "WITHDRAWN", "Overtaken by events").andExpect(status().isOk());
		move(api, "secretariat.kz", path, "ADOPTED", "Agreed").andExpect(status().isConflict());
		api.post("party.opp", "{\"text\": \"Changed\", \"reason\": \"Late\"}", path + "/versions").andExpect(status().isConflict());
		position(api, "guarantor.tr", path, "SUPPORT", null).andExpect(status().isConflict());
		assertThat(events.stream(ProposalStatusChanged.class).filter(e -> path.endsWith(e.proposalId().toString())))
			.extracting(ProposalStatusChanged::to).containsExactly(ProposalStatus.UNDER_DISCUSSION, ProposalStatus.WITHDRAWN);
	}

	@Test
	void aProposalAboveTheCallersLevelIsNotFoundByAnyPathAndReadsByOthersAreLogged() throws Exception {
		var api = new Api(mvc);
		var path = table(api, "party.opp", "GUARANTORS");
		var missing = "/api/v1/proposals/" + UUID.randomUUID();

		for (var target : new String[] { path, missing }) {
			for (var user : new String[] { "party.gov", "observer.jo", "monitor.1" }) {
				api.get(user, target).andExpect(status().isNotFound())
					.andExpect(jsonPath("$.detail", containsString("No proposal")));
				api.get(user, target + "/diff?from=1&to=1").andExpect(status().isNotFound());
				api.get(user, target + "/versions/1").andExpect(status().isNotFound());
				position(api, user, target, "SUPPORT", null).andExpect(status().isNotFound());
				move(api, user, target, "WITHDRAWN", "why").andExpect(status().isNotFound());
				api.post(user, "{\"text\": \"Other\", \"reason\": \"why\"}", target + "/versions").andExpect(status().isNotFound());
			}
		}
		api.get("party.gov", "/api/v1/proposals").andExpect(jsonPath("$.items[?(@.id == '" + idOf(path) + "')]").doesNotExist());

		api.get("guarantor.tr", path).andExpect(status().isOk());
		api.get("party.opp", path).andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT delegation FROM access_log WHERE subject_type = 'proposal' AND subject_id = ?")
			.param(UUID.fromString(idOf(path))).query(String.class).list()).containsExactly("TR");
	}

	@Test
	void everyVersionPositionAndStatusChangeIsCheckedAgainstTheLedgerByWhoeverSeesTheProposal() throws Exception {
		var api = new Api(mvc);
		var references = new LedgerReferences(mvc);
		var path = table(api, "party.opp", "GUARANTORS");
		position(api, "guarantor.ru", path, "AMEND", "Weekly is too rare.").andExpect(status().isCreated());
		move(api, "secretariat.kz", path, "UNDER_DISCUSSION", "on the agenda").andExpect(status().isOk());

		var version = references.check("guarantor.tr", path + "/versions/1/ledger");
		assertThat(version.entry().get("type").asString()).isEqualTo("proposal.submitted");
		assertThat(version.entry().get("subjectId").asString()).isEqualTo(idOf(path) + "/1");
		assertThat(version.content().get("text").asString()).isEqualTo(FIRST);
		var position = references.check("party.opp", path + "/versions/1/positions/RU/1/ledger");
		assertThat(position.entry().get("type").asString()).isEqualTo("proposal.position-taken");
		assertThat(position.content().get("position").asString()).isEqualTo("AMEND");
		var status = references.check("guarantor.ru", path + "/status/1/ledger");
		assertThat(status.content().get("to").asString()).isEqualTo("UNDER_DISCUSSION");
		assertThat(json(api.get("guarantor.ru", path)).get("statusHistory").get(0).get("number").asInt()).isOne();

		for (var hidden : new String[] { "/versions/1/ledger", "/versions/1/positions/RU/1/ledger", "/status/1/ledger" }) {
			references.hidden("party.gov", path + hidden);
			references.hidden("observer.jo", path + hidden);
		}
		references.hidden("guarantor.tr", path + "/versions/2/ledger");
		references.hidden("guarantor.tr", path + "/versions/1/positions/TR/1/ledger");
		api.get("guarantor.tr", path + "/versions/1/positions/tr/1/ledger").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("delegation"));
		assertThat(jdbc.sql("SELECT delegation FROM access_log WHERE subject_type = 'proposal' AND subject_id = ?")
			.param(UUID.fromString(idOf(path))).query(String.class).list()).contains("TR", "RU").doesNotContain("SYO");
	}

	@Test
	void inputErrorsNameTheirField() throws Exception {
		var api = new Api(mvc);
		api.post("party.opp", "{\"text\": \"No title\"}", "/api/v1/proposals").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("title"));
		api.post("party.opp", "{\"title\": \"T\", \"text\": \"X\", \"colour\": \"red\"}", "/api/v1/proposals")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.field").value("colour"));
		api.get("party.opp", "/api/v1/proposals?status=SHELVED").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("status"));
		var path = table(api, "party.opp", "MECHANISM");
		position(api, "guarantor.ru", path, "AMEND", null).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("text"));
		api.get("guarantor.ru", path + "/diff?from=1&to=9").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("to"));
		api.post("party.opp", "{\"text\": \"%s\", \"reason\": \"No change\"}".formatted(FIRST), path + "/versions")
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("text"));
	}

	private static String table(Api api, String user, String level) throws Exception {
		var body = "{\"title\": %s, \"text\": %s, \"confidentiality\": \"%s\"}".formatted(quoted("Proposal " + UUID.randomUUID()),
				quoted(FIRST), level);
		var tabled = api.post(user, body, "/api/v1/proposals").andExpect(status().isCreated());
		return "/api/v1/proposals/" + json(tabled).get("id").asString();
	}

	private static ResultActions position(Api api, String user, String path, String stance,
			String text) throws Exception {
		return api.post(user, "{\"position\": \"%s\", \"text\": %s}".formatted(stance, text == null ? "null" : quoted(text)),
				path + "/positions");
	}

	private static ResultActions move(Api api, String user, String path, String status,
			String reason) throws Exception {
		return api.post(user, "{\"status\": \"%s\", \"reason\": %s}".formatted(status, reason == null ? "null" : quoted(reason)),
				path + "/status");
	}

	private static String idOf(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}
}
