package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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
		assertThat(held(incident)).as("a logged incident keeps its reports where they are").isTrue();
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
	void aCaseRunsThroughTheReplyAFailedRoundWithItsDissentAndASecondRoundToAPublishedRuling() throws Exception {
		var incident = flow.incidentReportedByBothParties(Instant.parse("2018-06-11T06:00:00Z"));
		var government = flow.actor("Government of Syria");
		long determinedBefore = flow.read("secretariat.kz", "/api/v1/cases/metrics").get("determined").asLong();

		var opened = json(flow.post("guarantor.ru", "/api/v1/cases", "{\"incidentId\": \"" + incident + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.state").value("OPEN"))
			.andExpect(jsonPath("$.receipt.entryIndex").exists())
			.andExpect(jsonPath("$.accused", containsInAnyOrder("SYG", "SYO"))));
		assertThat(opened.get("transitions")).singleElement().satisfies(opening -> {
			assertThat(opening.get("from").isNull()).as("an opening leaves no state").isTrue();
			assertThat(opening.get("to").asString()).isEqualTo("OPEN");
		});
		var path = "/api/v1/cases/" + opened.get("id").asString();
		assertThat(held(incident)).as("an incident under a case keeps its reports where they are").isTrue();
		flow.post("guarantor.ru", "/api/v1/cases", "{\"incidentId\": \"" + incident + "\"}").andExpect(status().isConflict());
		move(path, "VOTING", "skip the procedure").andExpect(status().isConflict());
		move(path, "INVESTIGATING", "monitors sent to the site").andExpect(status().isOk());
		flow.post("guarantor.tr", path + "/transitions",
				"{\"to\": \"REPLY_REQUESTED\", \"reason\": \"both parties accused\", \"replyDueAt\": \"2099-01-01T00:00:00Z\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("REPLY_REQUESTED"));
		flow.post("observer.un", path + "/replies", "{\"text\": \"not ours to say\"}").andExpect(status().isNotFound());
		flow.post("party.opp", path + "/replies", "{\"text\": \"Our units answered fire from the government's positions.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.receipt.entryIndex").exists());
		flow.read("party.opp", path).get("replies").forEach(reply -> assertThat(reply.get("delegation").asString()).isEqualTo("SYO"));

		draft(path, "guarantor.ir", government, "Government artillery shelled the market area.").andExpect(status().isOk())
			.andExpect(jsonPath("$.state").value("FINDING_DRAFTED"))
			.andExpect(jsonPath("$.determinationStatus").value("DRAFT"));
		move(path, "VOTING", "the finding is ready").andExpect(status().isOk());
		vote("party.gov", path, "AGREE").andExpect(status().isForbidden());
		flow.post("guarantor.ru", path + "/votes", "{\"choice\": \"AGREE\", \"rationale\": \"as the evidence shows\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.choice").value("AGREE"))
			.andExpect(jsonPath("$.receipt.entryIndex").exists());
		vote("guarantor.ru", path, "DISAGREE").andExpect(status().isConflict());
		vote("guarantor.tr", path, "DISAGREE").andExpect(status().isCreated());
		assertThat(flow.read("party.opp", path).get("votes")).isEmpty();
		vote("guarantor.ir", path, "AGREE").andExpect(status().isCreated());

		var failed = flow.read("guarantor.ru", path);
		assertThat(failed.get("state").asString()).isEqualTo("FINDING_DRAFTED");
		assertThat(failed.get("ruling").isNull()).isTrue();
		assertThat(failed.get("determination").get("type").asString()).isEqualTo("CONFIRMED_VIOLATION");
		assertThat(failed.get("determinationStatus").asString()).isEqualTo("DRAFT");
		assertThat(failed.get("votes")).as("no round is open").isEmpty();
		assertThat(failed.get("rounds")).singleElement().satisfies(round -> {
			assertThat(round.get("outcome").asString()).isEqualTo("NOT_ADOPTED");
			assertThat(round.get("rule").asString()).isEqualTo("UNANIMITY");
			assertThat(round.get("votes")).hasSize(3);
			assertThat(round.get("dissent")).singleElement()
				.satisfies(dissent -> assertThat(dissent.get("guarantor").asString()).isEqualTo("TR"));
		});
		assertThat(flow.read("secretariat.kz", "/api/v1/cases/metrics").get("determined").asLong()).isEqualTo(determinedBefore);
		move(path, "VOTING", "vote the same finding again").andExpect(status().isConflict());

		draft(path, "guarantor.tr", government, "Government artillery shelled the market area from the north.")
			.andExpect(status().isOk());
		move(path, "VOTING", "the revised finding is ready").andExpect(status().isOk());
		for (var guarantor : new String[] { "guarantor.ru", "guarantor.tr", "guarantor.ir" }) {
			vote(guarantor, path, "AGREE").andExpect(status().isCreated());
		}
		var determined = flow.read("guarantor.ru", path);
		assertThat(determined.get("state").asString()).isEqualTo("DETERMINED");
		assertThat(determined.get("determinationStatus").asString()).isEqualTo("ADOPTED");
		assertThat(determined.get("ruling").get("adopted").asBoolean()).isTrue();
		assertThat(determined.get("ruling").get("summary").asString()).contains("from the north");
		assertThat(determined.get("rounds")).hasSize(1);
		assertThat(flow.read("secretariat.kz", "/api/v1/cases/metrics").get("determined").asLong()).isEqualTo(determinedBefore + 1);
		assertThat(flow.read("party.opp", path).get("ruling").get("adopted").asBoolean()).as("the accused sees the ruling").isTrue();
		flow.read("observer.jo", "/api/v1/cases?incidentId=" + incident).get("items").forEach(item -> {
			throw new AssertionError("An observer sees an unpublished case");
		});

		flow.post("guarantor.ru", path + "/transitions", "{\"to\": \"PUBLISHED\", \"reason\": \"we publish\"}")
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Only the secretariat publishes rulings"));
		move(path, "PUBLISHED", "the ruling is made public").andExpect(status().isOk());
		var published = flow.read("observer.jo", path);
		assertThat(published.get("ruling").get("dissent")).isEmpty();
		assertThat(published.get("rounds")).singleElement()
			.satisfies(round -> assertThat(round.get("dissent").get(0).get("guarantor").asString()).isEqualTo("TR"));
		assertThat(published.get("finding").isNull()).isTrue();
		var revisions = flow.read("guarantor.ru", path + "/revisions").get("items");
		assertThat(revisions.size()).isEqualTo(15);
		var subject = opened.get("id").asString() + "/%";
		assertThat(jdbc.sql("SELECT count(*) FROM ledger_pending WHERE subject_id LIKE ?").param(subject).query(Long.class).single()
				+ jdbc.sql("SELECT count(*) FROM ledger_entry WHERE convert_from(entry, 'UTF8') LIKE ?")
					.param("%\"subjectId\":\"" + subject + "\"%").query(Long.class).single())
			.as("every revision is in the ledger").isEqualTo(revisions.size());
	}

	@Test
	void aFindingNamesTheAgreementsClausesByNumberAndARegisteredActorAndKeepsItsExplanation() throws Exception {
		var incident = flow.incidentReportedByBothParties(Instant.parse("2018-07-09T06:00:00Z"));
		var government = flow.actor("Government of Syria");
		var path = "/api/v1/cases/" + json(flow.post("guarantor.ru", "/api/v1/cases", "{\"incidentId\": \"" + incident + "\"}")
			.andExpect(status().isCreated())).get("id").asString();
		move(path, "INVESTIGATING", "monitors sent").andExpect(status().isOk());

		finding(path, """
				{"type": "CONFIRMED_VIOLATION", "attributedToActorId": "00000000-0000-0000-0000-000000000001", "clauses": ["1", "99"]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("determination.attributedToActorId"))
			.andExpect(jsonPath("$.errors[1].field").value("determination.clauses[1]"))
			.andExpect(jsonPath("$.errors[1].message", containsString("clause 99 is not a clause of the Ceasefire agreement")));
		finding(path, """
				{"type": "UNSUBSTANTIATED", "attributedToActorId": "%s", "clauses": ["1"]}""".formatted(government))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("determination.attributedToActorId", "determination.clauses")));
		finding(path, """
				{"type": "CONFIRMED_VIOLATION", "attributedToActorId": "%s", "clauses": ["1"], "reason": "access denied"}"""
			.formatted(government))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("determination.reason"));
		finding(path, """
				{"type": "NOT_A_VIOLATION", "reason": "LAWFUL_UNDER_CLAUSE", "clauses": ["3", "5"]}""")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("determination.clauses"));
		assertThat(flow.read("guarantor.ru", path).get("state").asString()).isEqualTo("INVESTIGATING");
		finding(path, """
				{"type": "CONFIRMED_VIOLATION", "attributedToActorId": "%s", "clauses": ["1"]}""".formatted(government))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("request their reply first")));
		move(path, "REPLY_REQUESTED", "both parties are accused").andExpect(status().isOk());
		flow.post("party.gov", path + "/replies", "{\"text\": \"Our artillery did not fire.\"}").andExpect(status().isCreated());

		finding(path, """
				{"type": "CONFIRMED_VIOLATION", "attributedToActorId": "%s", "clauses": ["1", "3"],
				 "reason": "The fire was not a proportionate response"}""".formatted(government))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.determination.explanation").value("The fire was not a proportionate response"))
			.andExpect(jsonPath("$.determination.reason").doesNotExist())
			.andExpect(jsonPath("$.finding.determination.clauses", containsInAnyOrder("1", "3")));
		finding(path, """
				{"type": "NOT_A_VIOLATION", "reason": "excluded target", "clauses": ["5"], "explanation": "The position was JFS's"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.determination.reason").value("EXCLUDED_TARGET"))
			.andExpect(jsonPath("$.determination.explanation").value("The position was JFS's"))
			// A redraft before any vote revises the same round.
			.andExpect(jsonPath("$.finding.round").value(1));
		finding(path, """
				{"type": "UNVERIFIABLE", "reason": "ACCESS_DENIED", "explanation": "The monitors were turned back"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.determination.explanation").value("The monitors were turned back"));
		finding(path, """
				{"type": "UNSUBSTANTIATED", "reason": "Nothing bears the allegation out"}""")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.determination.explanation").value("Nothing bears the allegation out"));

		move(path, "VOTING", "the finding is ready").andExpect(status().isOk());
		vote("guarantor.tr", path, "AGREE").andExpect(status().isCreated());
		draft(path, "guarantor.ir", government, "redrafted to reset the vote")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("cannot be redrafted")));
		flow.post("guarantor.ir", path + "/transitions", "{\"to\": \"FINDING_DRAFTED\", \"reason\": \"withdraw it\"}")
			.andExpect(status().isForbidden());
		move(path, "FINDING_DRAFTED", "the monitors' report arrived").andExpect(status().isOk())
			.andExpect(jsonPath("$.receipt.entryIndex").exists())
			.andExpect(jsonPath("$.rounds[0].outcome").value("WITHDRAWN"))
			.andExpect(jsonPath("$.rounds[0].reason").value("the monitors' report arrived"))
			.andExpect(jsonPath("$.rounds[0].votes[0].guarantor").value("TR"));
	}

	@Test
	void aGuarantorsInboxListsTheRepliesAwaitedFromAccusedPartiesOverdueFirst() throws Exception {
		var incident = flow.incidentReportedByBothParties(Instant.parse("2018-08-14T06:00:00Z"));
		var kase = flow.caseAwaitingReply(incident, "Both parties are said to have shelled the market");

		for (var reader : new String[] { "guarantor.tr", "secretariat.kz" }) {
			var due = flow.read(reader, "/api/v1/cases/inbox").get("repliesDue");
			assertThat(due).anySatisfy(reply -> {
				assertThat(reply.get("dueAt").asString()).isEqualTo("2017-02-01T12:00:00Z");
				assertThat(reply.get("from").toString()).isEqualTo("[\"SYG\"]");
				assertThat(reply.get("overdue").asBoolean()).isTrue();
			});
			assertThat(due).anySatisfy(reply -> {
				assertThat(reply.get("caseId").asString()).isEqualTo(kase);
				assertThat(reply.get("overdue").asBoolean()).isFalse();
			});
			boolean onTime = false;
			for (var reply : due) {
				onTime |= !reply.get("overdue").asBoolean();
				assertThat(onTime && reply.get("overdue").asBoolean()).as("overdue replies come first").isFalse();
			}
		}
		flow.post("party.opp", "/api/v1/cases/" + kase + "/replies", "{\"text\": \"We did not fire.\"}").andExpect(status().isCreated());
		assertThat(flow.read("guarantor.tr", "/api/v1/cases/inbox").get("repliesDue")).anySatisfy(reply -> {
			assertThat(reply.get("caseId").asString()).isEqualTo(kase);
			assertThat(reply.get("from").toString()).isEqualTo("[\"SYG\"]");
		});
		assertThat(flow.read("party.opp", "/api/v1/cases/inbox").get("repliesDue"))
			.anySatisfy(reply -> assertThat(reply.get("caseId").asString()).isEqualTo(kase))
			.noneSatisfy(reply -> assertThat(reply.get("overdue").asBoolean()).isTrue());

		mvc.perform(get("/inbox").cookie(org.truce.DemoUsers.session(mvc, "guarantor.tr")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Replies awaited from the accused parties")))
			.andExpect(content().string(containsString("no reply from SYG, overdue since 2017-02-01 12:00 UTC")));
	}

	@Test
	void evidenceTasksAndAnObstructedVisitAreRecordedAndTheIncidentPageShowsTheVerification() throws Exception {
		var incident = flow.incidentReportedByBothParties(Instant.parse("2018-09-12T06:00:00Z"));
		var kase = json(flow.post("guarantor.tr", "/api/v1/cases", "{\"incidentId\": \"" + incident + "\"}")
			.andExpect(status().isCreated())).get("id").asString();
		var path = "/api/v1/cases/" + kase;
		flow.post("guarantor.tr", "/api/v1/guarantor-log", "{\"incidentId\": \"" + incident + "\"}").andExpect(status().isCreated());

		var evidence = json(mvc.perform(multipart(path + "/evidence")
				.file(new MockMultipartFile("file", "crater.txt", "text/plain", "Crater 2 m".getBytes()))
				.header("Authorization", org.truce.DemoUsers.bearer(mvc, "guarantor.tr")))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.confidentiality").value("GUARANTORS"))
			.andExpect(jsonPath("$.owner").value("TR")));
		assertThat(evidence.get("id").isString()).as("an id, not an object").isTrue();
		assertThat(flow.read("guarantor.ir", path + "/evidence").get("items")).singleElement()
			.satisfies(item -> assertThat(item.get("id").asString()).isEqualTo(evidence.get("id").asString()));
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
		var evidence = path + "/evidence/" + file.get("id").asString();
		var attached = references.check("guarantor.ir", evidence + "/ledger");
		assertThat(attached.entry().get("type").asString()).isEqualTo("evidence.attached");
		assertThat(attached.content().get("sha256").asString()).isEqualTo(file.get("sha256").asString());
		references.hidden("party.opp", evidence + "/ledger");
		references.hidden("observer.jo", evidence + "/ledger");
		assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE subject_type = 'evidence' AND subject_id = ? AND delegation = ?")
			.params(UUID.fromString(file.get("id").asString()), "IR").query(Long.class).single()).isPositive();
	}

	private ResultActions move(String path, String to, String reason) throws Exception {
		return flow.post("secretariat.kz", path + "/transitions", "{\"to\": \"" + to + "\", \"reason\": \"" + reason + "\"}");
	}

	private ResultActions draft(String path, String username, String actor, String summary) throws Exception {
		return flow.post(username, path + "/finding", """
				{"determination": {"type": "CONFIRMED_VIOLATION", "attributedToActorId": "%s", "clauses": ["1"]}, "summary": "%s"}"""
			.formatted(actor, summary));
	}

	private ResultActions finding(String path, String determination) throws Exception {
		return flow.post("guarantor.ru", path + "/finding", "{\"determination\": " + determination + ", \"summary\": \"The finding\"}");
	}

	private ResultActions vote(String username, String path, String vote) throws Exception {
		return flow.post(username, path + "/votes", "{\"vote\": \"" + vote + "\", \"rationale\": \"as the evidence shows\"}");
	}

	private boolean held(String incident) {
		return jdbc.sql("SELECT held FROM incident WHERE id = ?").param(UUID.fromString(incident)).query(Boolean.class).single();
	}
}
