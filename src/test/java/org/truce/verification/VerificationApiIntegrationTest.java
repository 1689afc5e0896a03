package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.truce.TruceIntegrationTest;
import org.truce.ledger.LedgerReferences;
import org.truce.talks.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.verification.VerificationFlow.json;

/** From two parties' reports of one shelling to a published ruling, through the API, and the refusals on the way. */
@TruceIntegrationTest
class VerificationApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private VerificationFlow flow;

	@BeforeEach
	void flow() {
		flow = new VerificationFlow(mvc, jdbc);
	}

	@Test
	void oneGuarantorLogsTheIncidentAnotherConfirmsAndTheThirdDisputes() throws Exception {
		var incident = flow.incidentReportedByBothParties(Instant.parse("2018-05-10T06:00:00Z"));

		var entry = json(flow.post("guarantor.ru", "/api/v1/guarantor-log", "{\"incidentId\": \"" + incident + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("AWAITING"))).get("id").asString();
		flow.post("guarantor.ru", "/api/v1/guarantor-log", "{\"incidentId\": \"" + incident + "\"}").andExpect(status().isConflict());
		flow.post("guarantor.tr", "/api/v1/guarantor-log/" + entry + "/confirmations",
				"{\"verdict\": \"confirm\", \"reason\": \"our observers heard the shelling\"}")
			.andExpect(status().isCreated());
		flow.post("guarantor.ir", "/api/v1/guarantor-log/" + entry + "/confirmations",
				"{\"verdict\": \"dispute\", \"reason\": \"the position fired on was an excluded group's\"}")
			.andExpect(status().isCreated());
		flow.post("guarantor.ru", "/api/v1/guarantor-log/" + entry + "/confirmations", "{\"verdict\": \"confirm\", \"reason\": \"mine\"}")
			.andExpect(status().isConflict());
		flow.post("party.gov", "/api/v1/guarantor-log/" + entry + "/confirmations", "{\"verdict\": \"confirm\", \"reason\": \"yes\"}")
			.andExpect(status().isNotFound());

		var read = flow.read("secretariat.kz", "/api/v1/guarantor-log/" + entry);
		assertThat(read.get("status").asString()).isEqualTo("DISPUTED");
		assertThat(read.get("crossChecks")).hasSize(2);
		var daily = flow.read("guarantor.tr", "/api/v1/guarantor-log/daily?from=2018-05-10&to=2018-05-10").get("rows");
		assertThat(daily).singleElement().satisfies(row -> {
			assertThat(row.get("guarantor").asString()).isEqualTo("RU");
			assertThat(row.get("logged").asInt()).isEqualTo(1);
			assertThat(row.get("disputed").asInt()).isEqualTo(1);
		});
		flow.post("observer.jo", "/api/v1/guarantor-log", "{\"incidentId\": \"" + incident + "\"}").andExpect(status().isForbidden());
	}

	@Test
	void aCaseRunsFromInvestigationThroughTheReplyAndVotesToAPublishedRulingWithItsDissent() throws Exception {
		var incident = flow.incidentReportedByBothParties(Instant.parse("2018-06-11T06:00:00Z"));
		var government = flow.actor("Government of Syria");

		var kase = json(flow.post("guarantor.ru", "/api/v1/cases", "{\"incidentId\": \"" + incident + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.accused", containsInAnyOrder("SYG", "SYO")))).get("id").asString();
		var path = "/api/v1/cases/" + kase;
		flow.post("guarantor.ru", "/api/v1/cases", "{\"incidentId\": \"" + incident + "\"}").andExpect(status().isConflict());
		move(path, "VOTING", "skip the procedure").andExpect(status().isConflict());
		move(path, "INVESTIGATING", "monitors sent to the site").andExpect(status().isOk());
		flow.post("guarantor.tr", path + "/transitions",
				"{\"to\": \"REPLY_REQUESTED\", \"reason\": \"both parties accused\", \"replyDueAt\": \"2099-01-01T00:00:00Z\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REPLY_REQUESTED"));
		flow.post("observer.un", path + "/replies", "{\"text\": \"not ours to say\"}").andExpect(status().isNotFound());
		flow.post("party.opp", path + "/replies", "{\"text\": \"Our units answered fire from the government's positions.\"}")
			.andExpect(status().isCreated());
		flow.read("party.opp", path).get("replies").forEach(reply -> assertThat(reply.get("delegation").asString()).isEqualTo("SYO"));

		flow.post("guarantor.ir", path + "/finding", """
				{"determination": {"type": "CONFIRMED_VIOLATION", "attributedToActorId": "%s", "clauses": ["1"]},
				 "summary": "Government artillery shelled the market area."}""".formatted(government))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("FINDING_DRAFTED"));
		move(path, "VOTING", "the finding is ready").andExpect(status().isOk());
		vote("party.gov", path, "AGREE").andExpect(status().isForbidden());
		vote("guarantor.ru", path, "AGREE").andExpect(status().isCreated());
		vote("guarantor.ru", path, "DISAGREE").andExpect(status().isConflict());
		vote("guarantor.tr", path, "DISAGREE").andExpect(status().isCreated());
		assertThat(flow.read("party.opp", path).has("votes")).isTrue();
		vote("guarantor.ir", path, "AGREE").andExpect(status().isCreated());

		var determined = flow.read("guarantor.ru", path);
		assertThat(determined.get("state").asString()).isEqualTo("DETERMINED");
		assertThat(determined.get("determination").get("type").asString()).isEqualTo("CONFIRMED_VIOLATION");
		assertThat(determined.get("votes")).hasSize(3);
		assertThat(determined.get("ruling").get("adopted").asBoolean()).isFalse();
		assertThat(determined.get("ruling").get("dissent")).singleElement()
			.satisfies(dissent -> assertThat(dissent.get("guarantor").asString()).isEqualTo("TR"));
		flow.read("observer.jo", "/api/v1/cases?incidentId=" + incident).get("items").forEach(item -> {
			throw new AssertionError("An observer sees an unpublished case");
		});

		move(path, "PUBLISHED", "the ruling is made public").andExpect(status().isOk());
		var published = flow.read("observer.jo", path);
		assertThat(published.get("ruling").get("dissent")).hasSize(1);
		assertThat(published.get("finding").isNull()).isTrue();
		assertThat(flow.read("guarantor.ru", path + "/revisions").get("items").size()).isGreaterThanOrEqualTo(10);
	}

	@Test
	void evidenceTasksAndAnObstructedVisitAreRecordedAndTheIncidentPageShowsTheVerification() throws Exception {
		var incident = flow.incidentReportedByBothParties(Instant.parse("2018-09-12T06:00:00Z"));
		var kase = json(flow.post("guarantor.tr", "/api/v1/cases", "{\"incidentId\": \"" + incident + "\"}")
			.andExpect(status().isCreated())).get("id").asString();
		var path = "/api/v1/cases/" + kase;
		flow.post("guarantor.tr", "/api/v1/guarantor-log", "{\"incidentId\": \"" + incident + "\"}").andExpect(status().isCreated());

		mvc.perform(multipart(path + "/evidence").file(new MockMultipartFile("file", "crater.txt", "text/plain", "Crater 2 m".getBytes()))
				.header("Authorization", org.truce.DemoUsers.bearer(mvc, "guarantor.tr")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.confidentiality").value("GUARANTORS"));
		assertThat(flow.read("guarantor.ir", path + "/evidence").get("items")).hasSize(1);
		assertThat(flow.read("party.opp", path + "/evidence").get("items")).isEmpty();

		var task = json(flow.post("guarantor.tr", path + "/tasks", """
				{"assignee": "MON1", "kind": "VISIT_SITE", "description": "Visit the market", "dueAt": "2099-01-01T00:00:00Z"}""")
			.andExpect(status().isCreated())).get("id").asString();
		flow.post("guarantor.tr", path + "/tasks", """
				{"assignee": "SYG", "kind": "VISIT_SITE", "description": "Visit", "dueAt": "2099-01-01T00:00:00Z"}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("assignee"));
		assertThat(flow.read("monitor.1", "/api/v1/cases/inbox").get("openTasks")).isNotEmpty();
		flow.post("monitor.1", path + "/tasks/" + task + "/completion",
				"{\"outcome\": \"ACCESS_DENIED\", \"result\": \"Turned back at the checkpoint on the Idlib road\"}")
			.andExpect(status().isOk());
		var obstruction = flow.read("guarantor.tr", "/api/v1/reports?category=access-denied&delegation=MON1&size=200").get("items");
		assertThat(obstruction.toString()).contains("Turned back at the checkpoint on the Idlib road");

		mvc.perform(get("/incidents/" + incident).cookie(org.truce.DemoUsers.session(mvc, "guarantor.ir")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("TR logged it")))
			.andExpect(content().string(containsString("Case opened on")));
	}

	@Test
	void everyLogEntryCrossCheckRevisionAndFileOfACaseIsCheckedAgainstTheLedgerByItsReaders() throws Exception {
		var references = new LedgerReferences(mvc);
		var api = new Api(mvc);
		var incident = flow.incidentReportedByBothParties(Instant.parse("2019-03-14T06:00:00Z"));
		var entry = json(flow.post("guarantor.ru", "/api/v1/guarantor-log",
				"{\"incidentId\": \"" + incident + "\", \"note\": \"the market was shelled\"}")
			.andExpect(status().isCreated())).get("id").asString();
		flow.post("guarantor.tr", "/api/v1/guarantor-log/" + entry + "/confirmations",
				"{\"verdict\": \"confirm\", \"reason\": \"our observers heard it\"}")
			.andExpect(status().isCreated());
		var log = "/api/v1/guarantor-log/" + entry;

		var registered = references.check("guarantor.ir", log + "/ledger");
		assertThat(registered.entry().get("type").asString()).isEqualTo("guarantor-log.registered");
		assertThat(registered.content().get("note").asString()).isEqualTo("the market was shelled");
		var confirmed = references.check("secretariat.kz", log + "/confirmations/TR/ledger");
		assertThat(confirmed.entry().get("subjectId").asString()).isEqualTo(entry + "/TR");
		assertThat(confirmed.content().get("verdict").asString()).isEqualTo("CONFIRM");
		for (var outsider : List.of("party.gov", "observer.jo", "monitor.1")) {
			references.hidden(outsider, log + "/ledger");
			references.hidden(outsider, log + "/confirmations/TR/ledger");
		}
		references.hidden("guarantor.ir", log + "/confirmations/IR/ledger");
		api.get("guarantor.ir", log + "/confirmations/tr/ledger").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("guarantor"));

		var path = "/api/v1/cases/" + json(flow.post("guarantor.ru", "/api/v1/cases", "{\"incidentId\": \"" + incident + "\"}")
			.andExpect(status().isCreated())).get("id").asString();
		move(path, "INVESTIGATING", "monitors sent to the site").andExpect(status().isOk());
		var moved = references.check("guarantor.tr", path + "/revisions/2/ledger");
		assertThat(moved.entry().get("type").asString()).isEqualTo("case.moved");
		assertThat(moved.content().get("state").asString()).isEqualTo("INVESTIGATING");
		moved.assertSameAs(flow.read("guarantor.tr", path + "/revisions").get("items").get(1).get("ledger"));
		references.hidden("observer.jo", path + "/revisions/2/ledger");
		references.hidden("guarantor.tr", path + "/revisions/3/ledger");
		api.get("party.opp", path + "/revisions/2/ledger").andExpect(status().isForbidden());

		var file = json(mvc.perform(multipart(path + "/evidence")
				.file(new MockMultipartFile("file", "shell.txt", "text/plain", "Fragments of a 120 mm shell".getBytes()))
				.header("Authorization", org.truce.DemoUsers.bearer(mvc, "guarantor.tr")))
			.andExpect(status().isCreated()));
		var evidence = path + "/evidence/" + file.get("id").get("value").asString();
		var attached = references.check("guarantor.ir", evidence + "/ledger");
		assertThat(attached.entry().get("type").asString()).isEqualTo("evidence.attached");
		assertThat(attached.content().get("sha256").asString()).isEqualTo(file.get("sha256").asString());
		references.hidden("party.opp", evidence + "/ledger");
		references.hidden("observer.jo", evidence + "/ledger");
		assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE subject_type = 'evidence' AND subject_id = ? AND delegation = ?")
			.params(UUID.fromString(file.get("id").get("value").asString()), "IR").query(Long.class).single()).isPositive();
	}

	private ResultActions move(String path, String to, String reason) throws Exception {
		return flow.post("secretariat.kz", path + "/transitions", "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}");
	}

	private ResultActions vote(String username, String path, String vote) throws Exception {
		return flow.post(username, path + "/votes", "{\"vote\": \"" + vote + "\", \"rationale\": \"as the evidence shows\"}");
	}
}
