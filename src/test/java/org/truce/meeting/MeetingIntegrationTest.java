package org.truce.meeting;

import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;
import org.truce.ledger.LedgerReferences;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The technical meeting of 6 February as the demo seeds it, seen by each delegation, and the secretariat running one. */
@TruceIntegrationTest
class MeetingIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void theTechnicalMeetingHasFourItemsAndJordanSeesOnlyTheLast() throws Exception {
		var id = meeting("Technical meeting on the implementation of the ceasefire");

		read("secretariat.kz", id).andExpect(jsonPath("$.agenda.length()").value(4));
		read("guarantor.ru", id).andExpect(jsonPath("$.agenda.length()").value(4)).andExpect(jsonPath("$.lineUp").isArray());
		read("observer.jo", id)
			.andExpect(jsonPath("$.agenda.length()").value(1))
			.andExpect(jsonPath("$.agenda[0].kind").value("TRUST_BUILDING"))
			.andExpect(jsonPath("$.lineUp").doesNotExist())
			.andExpect(jsonPath("$.invitations.length()").value(1));
		read("observer.un", id).andExpect(jsonPath("$.agenda.length()").value(4)).andExpect(jsonPath("$.lineUp").doesNotExist());
		for (var party : new String[] { "party.gov", "party.opp" }) {
			read(party, id)
				.andExpect(jsonPath("$.agenda.length()").value(1))
				.andExpect(jsonPath("$.lineUp").doesNotExist())
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Head of the"))));
		}
		read("monitor.1", id).andExpect(status().isNotFound());
	}

	@Test
	void theBriefingPdfOpensAndItsCountsMatchTheRegister() throws Exception {
		var id = meeting("Technical meeting on the implementation of the ceasefire");
		var pack = json(read("guarantor.tr", id, "/briefing").andExpect(status().isOk()));
		var from = pack.get("from").asString();
		var to = pack.get("to").asString();

		var total = json(mvc.perform(get("/api/v1/reports").param("from", from).param("to", to).param("size", "1")
				.header(HttpHeaders.AUTHORIZATION, bearer("guarantor.tr")))).get("total").asLong();
		assertThat(pack.get("reports").asLong()).isEqualTo(total).isPositive();
		var damascus = json(mvc.perform(get("/api/v1/reports").param("from", from).param("to", to).param("admin1", "SY01")
				.param("size", "1").header(HttpHeaders.AUTHORIZATION, bearer("guarantor.tr")))).get("total").asLong();
		var packDamascus = 0L;
		for (var count : pack.get("reportsByGovernorate")) {
			if (count.get("key").asString().equals("SY01")) {
				packDamascus = count.get("count").asLong();
			}
		}
		assertThat(packDamascus).isEqualTo(damascus);
		var incidents = json(mvc.perform(get("/api/v1/incidents").param("from", from).param("to", to).param("size", "1")
				.header(HttpHeaders.AUTHORIZATION, bearer("guarantor.tr")))).get("total").asLong();
		assertThat(pack.get("incidents").asLong()).isEqualTo(incidents).isPositive();
		var byGovernorate = 0L;
		for (var count : pack.get("incidentsByGovernorate")) {
			byGovernorate += count.get("count").asLong();
		}
		assertThat(byGovernorate).isEqualTo(incidents);
		assertThat(pack.get("timeZone").asString()).isEqualTo("Asia/Almaty");
		assertThat(pack.get("guarantorLogs")).extracting(log -> log.get("guarantor").asString()).contains("RU", "TR", "IR");

		var pdf = read("guarantor.tr", id, "/briefing.pdf")
			.andExpect(content().contentType(MediaType.APPLICATION_PDF))
			.andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(2);
			var text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Implementation review briefing pack", "Reports: " + total, "Incidents: " + incidents,
					"Damascus", "The guarantors' logs", "Humanitarian commitments", "30 December 2016 to 6 February 2017");
		}
	}

	@Test
	void theBriefingPackGoesOnlyToThoseInvitedToTheReviewAndToOthersIsAMissingMeeting() throws Exception {
		var id = meeting("Technical meeting on the implementation of the ceasefire");
		var missing = UUID.randomUUID().toString();
		for (var path : List.of("/briefing", "/briefing.pdf")) {
			var asMissing = notFound(read("observer.jo", missing, path), missing);
			for (var outsider : List.of("observer.jo", "party.gov", "party.opp", "monitor.1")) {
				assertThat(notFound(read(outsider, id, path), id)).as(outsider + path).isEqualTo(asMissing);
			}
			for (var reader : List.of("guarantor.ru", "secretariat.kz", "observer.un")) {
				read(reader, id, path).andExpect(status().isOk());
			}
		}
		read("party.opp", id).andExpect(status().isOk());
		mvc.perform(get("/meetings/" + id + "/briefing").cookie(DemoUsers.session(mvc, "party.opp"))).andExpect(status().isNotFound());
		mvc.perform(get("/meetings/" + id + "/briefing").cookie(DemoUsers.session(mvc, "observer.un")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The guarantors&#39; logs are read by the guarantors and the secretariat.")));
		read("observer.un", id, "/briefing").andExpect(jsonPath("$.guarantorLogs").doesNotExist());
	}

	@Test
	void theBriefingPageDrawsItsChartsAndMapAndShowsEverySection() throws Exception {
		var id = meeting("Technical meeting on the implementation of the ceasefire");
		var page = mvc.perform(get("/meetings/" + id + "/briefing").cookie(DemoUsers.session(mvc, "secretariat.kz")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();

		assertThat(page).contains("id=\"briefing-map\"", "data-counts=\"{&quot;SY", "/geo/adm1.geojson", "/js/maps.js", "<noscript>",
				"30 December 2016 to 6 February 2017");
		assertThat(page.split("<svg class=\"chart\"", -1)).as("four charts").hasSize(5);
		assertThat(page).contains("<rect x=\"260\"", "Damascus");
		for (var section : List.of("reports", "incidents", "guarantor-logs", "cases", "overdue", "commitments")) {
			assertThat(page).contains("<section id=\"" + section + "\">");
		}
		assertThat(page).contains("Replies overdue", "<li>none</li>");
	}

	@Test
	void eachDelegationsCalendarInvitationNamesOnlyItsItemsInAstanaTime() throws Exception {
		var id = meeting("Technical meeting on the implementation of the ceasefire");
		var ics = read("observer.jo", id, "/invitation.ics")
			.andExpect(content().contentTypeCompatibleWith("text/calendar"))
			.andReturn().getResponse().getContentAsString();

		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("BEGIN:VEVENT", "DTSTART;TZID=Asia/Almaty:20170206T110000",
				"Trust-building").doesNotContain("proposal", "RU:", "Head of the");
		assertThat(ics.lines()).allMatch(line -> line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 75);
	}

	@Test
	void anActionItemLeftOpenIsOnTheNextMeetingsAgenda() throws Exception {
		var followUp = meeting("Astana talks, second round");
		read("secretariat.kz", followUp)
			.andExpect(jsonPath("$.agenda[?(@.kind == 'ACTION_ITEM_FOLLOW_UP')].title")
				.value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString("list of detainees"))));
	}

	@Test
	void theSecretariatRunsAMeetingAndParticipantsApproveItsMinutes() throws Exception {
		mvc.perform(post("/api/v1/meetings").header(HttpHeaders.AUTHORIZATION, bearer("party.gov"))
				.contentType(MediaType.APPLICATION_JSON).content(schedule("Not allowed")))
			.andExpect(status().isForbidden());
		var id = json(mvc.perform(post("/api/v1/meetings").header(HttpHeaders.AUTHORIZATION, bearer("secretariat.kz"))
				.contentType(MediaType.APPLICATION_JSON).content(schedule("Meeting run by a test")))
			.andExpect(status().isCreated())).get("id").asString();
		secretariat(id, "/agenda-items", "{\"title\": \"Ceasefire review\", \"kind\": \"implementation-review\"}")
			.andExpect(status().isCreated());
		secretariat(id, "/invitations", "{\"delegation\": \"TR\", \"agendaItemIds\": [\"" + UUID.randomUUID() + "\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("agendaItemIds[0]"));
		secretariat(id, "/invitations", "{\"delegation\": \"TR\"}").andExpect(status().isCreated());
		secretariat(id, "/invitations", "{\"delegation\": \"IR\"}").andExpect(status().isCreated());
		secretariat(id, "/held", "{}").andExpect(status().isOk());
		secretariat(id, "/minutes", "{\"text\": \"Minutes of the test\", \"level\": \"MECHANISM\"}").andExpect(status().isOk());

		read("observer.un", id).andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/meetings/" + id + "/minutes/approvals").header(HttpHeaders.AUTHORIZATION, bearer("guarantor.tr")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutes.approvedAt").doesNotExist());
		mvc.perform(post("/api/v1/meetings/" + id + "/minutes/approvals").header(HttpHeaders.AUTHORIZATION, bearer("guarantor.tr")))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/meetings/" + id + "/minutes/approvals").header(HttpHeaders.AUTHORIZATION, bearer("guarantor.ir")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutes.approvedAt").isString());
		mvc.perform(post("/api/v1/meetings/" + id + "/minutes/approvals").header(HttpHeaders.AUTHORIZATION, bearer("guarantor.ru")))
			.andExpect(status().isForbidden());
	}

	@Test
	void theMeetingPagesShowEachDelegationWhatItMaySee() throws Exception {
		var id = meeting("Technical meeting on the implementation of the ceasefire");
		mvc.perform(get("/meetings/" + id).cookie(DemoUsers.session(mvc, "observer.jo")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Trust-building")))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Head of the"))))
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("proposal on monitoring"))));
		mvc.perform(get("/meetings/" + id).cookie(DemoUsers.session(mvc, "guarantor.ir")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Head of the Iranian delegation")));
		mvc.perform(get("/meetings/" + id + "/briefing").cookie(DemoUsers.session(mvc, "secretariat.kz")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Damascus")));
		mvc.perform(get("/meetings/" + id).cookie(DemoUsers.session(mvc, "monitor.1"))).andExpect(status().isNotFound());
	}

	@Test
	void aPublishedOutcomeStatementIsReadByAnyoneAndTellsNothingElseOfTheMeeting() throws Exception {
		var id = meeting("Technical meeting on the implementation of the ceasefire");
		var statement = json(mvc.perform(get("/api/v1/statements/" + id)).andExpect(status().isOk()));

		assertThat(statement.propertyNames()).containsExactlyInAnyOrder("id", "title", "startsAt", "endsAt", "timeZone", "venue",
				"text", "publishedAt");
		assertThat(statement.get("text").asString()).contains("technical meeting in Astana on 6 February 2017");
		assertThat(statement.get("venue").asString()).isEqualTo("Rixos President Hotel, Astana");
		mvc.perform(get("/api/v1/statements"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')].title").value(org.hamcrest.Matchers.hasItem(
					"Technical meeting on the implementation of the ceasefire")));
		mvc.perform(get("/api/v1/statements/" + id).header(HttpHeaders.AUTHORIZATION, bearer("monitor.1"))).andExpect(status().isOk());

		var page = mvc.perform(get("/statements/" + id)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("technical meeting in Astana on 6 February 2017", "2017-02-06 11:00–18:00 Asia/Almaty",
				"Rixos President Hotel")
			.doesNotContain("Head of the", "joint group to handle breaches", "Trust-building", "list of detainees");
		mvc.perform(get("/statements")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Technical meeting on the implementation of the ceasefire")));

		var unpublished = meeting("Astana talks, second round");
		var missing = UUID.randomUUID().toString();
		assertThat(notFound(mvc.perform(get("/api/v1/statements/" + unpublished)), unpublished))
			.isEqualTo(notFound(mvc.perform(get("/api/v1/statements/" + missing)), missing));
		mvc.perform(get("/statements/" + unpublished)).andExpect(status().isNotFound());
	}

	@Test
	void theApiNamesEveryMissingFieldAndTheFieldsAsItTakesThem() throws Exception {
		mvc.perform(post("/api/v1/meetings").header(HttpHeaders.AUTHORIZATION, bearer("secretariat.kz"))
				.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("title", "startsAt", "venue")));
		var id = json(mvc.perform(post("/api/v1/meetings").header(HttpHeaders.AUTHORIZATION, bearer("secretariat.kz"))
				.contentType(MediaType.APPLICATION_JSON).content(schedule("Meeting with named fields")))
			.andExpect(status().isCreated())).get("id").asString();
		secretariat(id, "/agenda-items", "{\"title\": \"A case\", \"kind\": \"CASE\", \"subjectId\": \"" + UUID.randomUUID() + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("subjectId"));
		var item = json(secretariat(id, "/agenda-items", "{\"title\": \"Review\", \"kind\": \"IMPLEMENTATION_REVIEW\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.subjectId").doesNotExist())).get("id").asString();
		secretariat(id, "/invitations", "{\"delegation\": \"TR\", \"wholeMeeting\": true}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invitations[?(@.delegation == 'TR')].wholeMeeting").value(org.hamcrest.Matchers.contains(true)));
		secretariat(id, "/invitations", "{\"delegation\": \"JO\", \"agendaItemIds\": [\"" + item + "\"]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.invitations[?(@.delegation == 'JO')].agendaItemIds[0]").value(org.hamcrest.Matchers.contains(item)))
			.andExpect(jsonPath("$.invitations[?(@.delegation == 'JO')].wholeMeeting").value(org.hamcrest.Matchers.contains(false)));
		secretariat(id, "/invitations", "{\"delegation\": \"UN\", \"wholeMeeting\": true, \"agendaItemIds\": [\"" + item + "\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("wholeMeeting"));
		secretariat(id, "/action-items", "{}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.containsInAnyOrder("text", "owner", "dueAt")));
		secretariat(id, "/action-items", "{\"text\": \"Send the maps\", \"owner\": \"TR\", \"dueAt\": \"2017-03-10T12:00:00Z\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.meetingId").value(id))
			.andExpect(jsonPath("$.decidedAt").doesNotExist());
	}

	@Test
	void onlyAnInvitedDelegationHasACalendarInvitation() throws Exception {
		var followUp = meeting("Astana talks, second round");
		read("observer.un", followUp, "/invitation.ics").andExpect(status().isOk());
		var missing = UUID.randomUUID().toString();
		assertThat(notFound(read("guarantor.tr", followUp, "/invitation.ics"), followUp))
			.isEqualTo(notFound(read("guarantor.tr", missing, "/invitation.ics"), missing));
		read("guarantor.tr", followUp).andExpect(status().isOk());
	}

	@Test
	void aMeetingFormWithAnUnknownTimeZoneIsRefusedOnThePage() throws Exception {
		mvc.perform(post("/meetings").cookie(DemoUsers.session(mvc, "secretariat.kz"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.param("title", "Nowhere").param("startsAt", "2017-03-01T10:00").param("endsAt", "2017-03-01T12:00")
				.param("timeZone", "Mars/Olympus").param("venue", "Astana"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash().attributeExists("problem"));
	}

	@Test
	void aMeetingOverSeveralDaysShowsItsFirstAndLastDay() throws Exception {
		var id = meeting("Astana talks, second round");
		mvc.perform(get("/meetings/" + id).cookie(DemoUsers.session(mvc, "secretariat.kz")))
			.andExpect(content().string(containsString("2017-02-15 11:00 to 2017-02-16 18:00 Asia/Almaty")));
	}

	@Test
	void aMeetingsRevisionsAndActionItemsAreCheckedAgainstTheLedgerByThoseWhoSeeThemWhole() throws Exception {
		var references = new LedgerReferences(mvc);
		var id = json(mvc.perform(post("/api/v1/meetings").header(HttpHeaders.AUTHORIZATION, bearer("secretariat.kz"))
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"title": "Meeting checked against the ledger", "startsAt": "2019-05-01T05:00:00Z",
						 "endsAt": "2019-05-01T09:00:00Z", "timeZone": "Asia/Almaty", "venue": "Astana"}"""))
			.andExpect(status().isCreated())).get("id").asString();
		var item = json(secretariat(id, "/agenda-items", "{\"title\": \"Trust-building\", \"kind\": \"trust-building\"}")
			.andExpect(status().isCreated())).get("id").asString();
		secretariat(id, "/invitations", "{\"delegation\": \"TR\"}").andExpect(status().isCreated());
		secretariat(id, "/invitations", "{\"delegation\": \"IR\"}").andExpect(status().isCreated());
		secretariat(id, "/invitations", "{\"delegation\": \"SYO\", \"agendaItemIds\": [\"" + item + "\"]}")
			.andExpect(status().isCreated());
		as("guarantor.tr", id, "/line-up", "{\"delegation\": \"TR\", \"members\": [{\"name\": \"Head of delegation\"}]}")
			.andExpect(status().isOk());
		secretariat(id, "/held", "{}").andExpect(status().isOk());
		secretariat(id, "/minutes", "{\"text\": \"Draft minutes\"}").andExpect(status().isOk());
		as("guarantor.tr", id, "/minutes/approvals", "{}").andExpect(status().isOk());

		var lineUp = revision(json(read("guarantor.tr", id, "/revisions").andExpect(status().isOk())), "line-up of TR");
		var recorded = references.check("guarantor.tr", "/api/v1/meetings/{id}/revisions/{n}/ledger", id,
				lineUp.get("revision").asInt());
		assertThat(recorded.entry().get("type").asString()).isEqualTo("meeting.line-up-recorded");
		assertThat(recorded.entry().get("delegation").asString()).isEqualTo("KZ");
		assertThat(recorded.content().get("recordedBy").asString()).isEqualTo("TR");
		// Read again: the list shows the entry's index once the sequencer has given it, which the check waited for.
		recorded.assertSameAs(revision(json(read("guarantor.tr", id, "/revisions").andExpect(status().isOk())), "line-up of TR")
			.get("ledger"));
		read("party.opp", id, "/revisions").andExpect(status().isForbidden());
		read("party.opp", id, "/revisions/1/ledger").andExpect(status().isForbidden());
		read("guarantor.ru", id, "/revisions").andExpect(status().isForbidden());
		references.hidden("party.gov", "/api/v1/meetings/{id}/revisions", id);
		references.hidden("party.gov", "/api/v1/meetings/{id}/revisions/1/ledger", id);

		as("guarantor.ir", id, "/minutes/approvals", "{}").andExpect(status().isOk());
		secretariat(id, "/statement", "{\"text\": \"The meeting took place.\"}").andExpect(status().isOk());
		var seenLater = json(read("guarantor.ru", id, "/revisions").andExpect(status().isOk()));
		var drafted = revision(seenLater, "minutes drafted");
		assertThat(drafted.get("ledger").isNull()).isTrue();
		references.hidden("guarantor.ru", "/api/v1/meetings/{id}/revisions/{n}/ledger", id, drafted.get("revision").asInt());
		var statement = references.check("guarantor.ru", "/api/v1/meetings/{id}/revisions/{n}/ledger", id,
				revision(seenLater, "statement published").get("revision").asInt());
		assertThat(statement.entry().get("type").asString()).isEqualTo("meeting.statement-published");
		assertThat(statement.content().get("outcomeStatement").asString()).isEqualTo("The meeting took place.");

		var action = json(secretariat(id, "/action-items",
				"{\"text\": \"Exchange the lists of detainees\", \"owner\": \"SYG\", \"dueAt\": \"2099-06-01T00:00:00Z\"}")
			.andExpect(status().isCreated())).get("id").asString();
		var decided = references.check("party.gov", "/api/v1/action-items/{id}/ledger", action);
		assertThat(decided.entry().get("type").asString()).isEqualTo("meeting.action-item-decided");
		assertThat(decided.content().get("owner").asString()).isEqualTo("SYG");
		references.hidden("party.opp", "/api/v1/action-items/{id}/ledger", action);
		references.hidden("party.gov", "/api/v1/action-items/{id}/closure/ledger", action);
		mvc.perform(post("/api/v1/action-items/" + action + "/closure").header(HttpHeaders.AUTHORIZATION, bearer("party.gov"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"text\": \"Lists exchanged\"}"))
			.andExpect(status().isOk());
		var closed = references.check("secretariat.kz", "/api/v1/action-items/{id}/closure/ledger", action);
		assertThat(closed.entry().get("type").asString()).isEqualTo("meeting.action-item-closed");
		assertThat(closed.content().get("closingNote").asString()).isEqualTo("Lists exchanged");
	}

	/** The revision of a meeting's revision list that did the action. */
	private static JsonNode revision(JsonNode revisions, String action) {
		return revisions.get("items").valueStream().filter(r -> r.get("action").asString().equals(action)).findFirst()
			.orElseThrow(() -> new AssertionError("No revision " + action + " in " + revisions));
	}

	/** A 404's problem detail, with the id asked for taken out: the same for a missing meeting and a hidden one. */
	private static String notFound(ResultActions result, String id) throws Exception {
		return result.andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString().replace(id, "{id}");
	}

	private String meeting(String title) throws Exception {
		for (var meeting : json(mvc.perform(get("/api/v1/meetings").header(HttpHeaders.AUTHORIZATION, bearer("secretariat.kz"))))
			.get("items")) {
			if (meeting.get("title").asString().equals(title)) {
				return meeting.get("id").asString();
			}
		}
		throw new AssertionError("The demo has no meeting " + title);
	}

	private ResultActions read(String username, String id) throws Exception {
		return read(username, id, "");
	}

	private ResultActions read(String username, String id, String path) throws Exception {
		return mvc.perform(get("/api/v1/meetings/" + id + path).header(HttpHeaders.AUTHORIZATION, bearer(username)));
	}

	private ResultActions secretariat(String id, String path, String body) throws Exception {
		return as("secretariat.kz", id, path, body);
	}

	private ResultActions as(String username, String id, String path, String body) throws Exception {
		return mvc.perform(post("/api/v1/meetings/" + id + path).header(HttpHeaders.AUTHORIZATION, bearer(username))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private static String schedule(String title) {
		return """
				{"title": "%s", "startsAt": "2017-03-01T05:00:00Z", "endsAt": "2017-03-01T09:00:00Z",
				 "timeZone": "Asia/Almaty", "venue": "Astana"}""".formatted(title);
	}

	private String bearer(String username) {
		return DemoUsers.bearer(mvc, username);
	}

	private static JsonNode json(ResultActions result) throws Exception {
		return JsonMapper.shared().readTree(result.andReturn().getResponse().getContentAsString());
	}
}
