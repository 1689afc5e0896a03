package org.truce.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TruceIntegrationTest
class ReportApiIntegrationTest {

	private static final String CENTRAL_DAMASCUS = """
			{"occurredFrom": "%s", "occurredTo": "%s", "timePrecision": "EXACT",
			 "location": {"lat": 33.5138, "lon": 36.2765, "precision": "EXACT"},
			 "category": "shelling-artillery-missile-attack", "casualties": {"killed": 2, "injured": 4},
			 "observedBy": "SEEN", "narrative": "Mortar fire on a residential street", "confidentiality": "%s"}""";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void aReportFiledInCentralDamascusIsLocatedReadableListedAndIdempotent() throws Exception {
		var body = damascus(Instant.parse("2017-02-01T10:00:00Z"), "MECHANISM");
		var key = UUID.randomUUID().toString();

		var filed = fileAs("party.gov", body, key)
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, org.hamcrest.Matchers.matchesPattern("http://localhost(:\\d+)?/api/v1/reports/[0-9a-f-]{36}")))
			.andExpect(jsonPath("$.admin1Pcode").value("SY01"))
			.andExpect(jsonPath("$.admin1Name").value("Damascus"))
			.andExpect(jsonPath("$.admin2Pcode").isString())
			.andExpect(jsonPath("$.admin3Pcode").isString())
			.andExpect(jsonPath("$.sourceDelegation").value("SYG"))
			.andExpect(jsonPath("$.category").value("shelling-artillery-missile-attack"))
			.andReturn().getResponse();
		var id = json(filed.getContentAsString()).get("id").asString();

		mvc.perform(get(filed.getHeader(HttpHeaders.LOCATION)).header(HttpHeaders.AUTHORIZATION, bearer("party.gov")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.location.lat").value(33.5138));

		mvc.perform(get("/api/v1/reports").param("admin1", "SY01").param("from", "2017-02-01T00:00:00Z")
				.param("to", "2017-02-01T23:59:59Z").header(HttpHeaders.AUTHORIZATION, bearer("party.gov")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").isNumber())
			.andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").exists());

		fileAs("party.gov", body, key)
			.andExpect(status().isCreated())
			.andExpect(header().string("Idempotent-Replayed", "true"))
			.andExpect(jsonPath("$.id").value(id));
		assertThat(jdbc.sql("SELECT count(*) FROM report WHERE idempotency_key = ?").param(key).query(Long.class).single())
			.isEqualTo(1);

		fileAs("party.gov", damascus(Instant.parse("2017-02-02T10:00:00Z"), "MECHANISM"), key)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("Idempotency-Key"));
	}

	@Test
	void aPrivateReportIsInvisibleToAnotherPartyByEveryPath() throws Exception {
		var when = Instant.parse("1975-05-05T05:05:00Z");
		var id = idOf(fileAs("party.gov", damascus(when, "PRIVATE"), null).andExpect(status().isCreated()));

		mvc.perform(get("/api/v1/reports/" + id).header(HttpHeaders.AUTHORIZATION, bearer("party.opp")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("PRIVATE"))));
		mvc.perform(get("/api/v1/reports/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, bearer("party.opp")))
			.andExpect(status().isNotFound());
		listWindow("party.opp", when).andExpect(jsonPath("$.total").value(0)).andExpect(jsonPath("$.items").isEmpty());
		listWindow("guarantor.ru", when).andExpect(jsonPath("$.total").value(0));
		listWindow("party.gov", when).andExpect(jsonPath("$.total").value(1));
		mvc.perform(get("/api/v1/reports/" + id + "/revisions").header(HttpHeaders.AUTHORIZATION, bearer("party.opp")))
			.andExpect(status().isNotFound());
	}

	@Test
	void anObserverSeesMechanismReportsButNotGuarantorOnes() throws Exception {
		var when = Instant.parse("1976-06-06T06:06:00Z");
		var shared = idOf(fileAs("party.gov", damascus(when, "MECHANISM"), null));
		var restricted = idOf(fileAs("party.gov", damascus(when.plusSeconds(60), "GUARANTORS"), null));

		mvc.perform(get("/api/v1/reports/" + shared).header(HttpHeaders.AUTHORIZATION, bearer("observer.jo")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/reports/" + restricted).header(HttpHeaders.AUTHORIZATION, bearer("observer.jo")))
			.andExpect(status().isNotFound());
		listWindow("observer.jo", when).andExpect(jsonPath("$.total").value(1));
		listWindow("guarantor.tr", when).andExpect(jsonPath("$.total").value(2));

		mvc.perform(get("/api/v1/reports/" + restricted).header(HttpHeaders.AUTHORIZATION, bearer("guarantor.tr")))
			.andExpect(status().isOk());
		assertThat(jdbc.sql("SELECT count(*) FROM access_log WHERE subject_id = ? AND delegation = 'TR'")
			.param(UUID.fromString(restricted)).query(Long.class).single()).isPositive();
	}

	@Test
	void observersDoNotFileAndAnonymousCallersAreAskedToSignIn() throws Exception {
		fileAs("observer.jo", damascus(Instant.parse("2017-02-01T10:00:00Z"), "MECHANISM"), null)
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/reports"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		var valid = damascus(Instant.parse("2017-02-01T10:00:00Z"), "MECHANISM");
		expectInvalid(valid.replace("2017-02-01T10:00:00Z\", \"occurredTo\": \"2017-02-01T11:00:00Z", "2099-01-01T00:00:00Z\", \"occurredTo\": \"2099-01-01T00:00:00Z"), 422, "occurredFrom");
		expectInvalid(valid.replace("\"occurredTo\": \"2017-02-01T11:00:00Z\"", "\"occurredTo\": \"2017-01-01T00:00:00Z\""), 422, "occurredTo");
		expectInvalid(valid.replace("\"lat\": 33.5138, \"lon\": 36.2765", "\"lat\": 33.8938, \"lon\": 35.5018"), 422, "location");
		expectInvalid(valid.replace("\"lat\": 33.5138", "\"lat\": 133.5"), 422, "location.lat");
		expectInvalid(valid.replace("shelling-artillery-missile-attack", "bombardment"), 422, "category");
		expectInvalid(valid.replace("\"observedBy\"", "\"allegedPerpetratorActorId\": \"" + UUID.randomUUID() + "\", \"observedBy\""), 422, "allegedPerpetratorActorId");
		expectInvalid(valid.replace("Mortar fire on a residential street", "x".repeat(20_001)), 422, "narrative");
		expectInvalid(valid.replace("\"killed\": 2", "\"killed\": -2"), 422, "casualties.killed");
		expectInvalid(valid.replace("\"lat\": 33.5138", "\"lat\": \"north\""), 400, "location.lat")
			.andExpect(jsonPath("$.errors[0].message").value("must be a number"));
		expectInvalid(valid.replace("\"observedBy\": \"SEEN\"", "\"observedBy\": \"RUMOUR\""), 400, "observedBy")
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("must be one of [SEEN, HEARD")));
		expectInvalid(valid.replace("\"timePrecision\"", "\"colour\": \"red\", \"timePrecision\""), 400, "colour")
			.andExpect(jsonPath("$.errors[0].message").value(startsWith("is not a property of this request; it takes ")))
			.andExpect(jsonPath("$.detail").value(not(containsString("org.truce"))));
		expectInvalid(valid.replace("\"Mortar fire on a residential street\"", "42"), 400, "narrative")
			.andExpect(jsonPath("$.errors[0].message").value("must be text"));
		fileAs("party.gov", "{\"occurredFrom\": ", null)
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/api/v1/reports/not-a-uuid").header(HttpHeaders.AUTHORIZATION, bearer("party.gov")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
		mvc.perform(get("/api/v1/reports").param("admin1", "Damascus").header(HttpHeaders.AUTHORIZATION, bearer("party.gov")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("admin1"));
		mvc.perform(get("/api/v1/reports").param("size", "5000").header(HttpHeaders.AUTHORIZATION, bearer("party.gov")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("size"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "admin1, Damascus", "admin1, SY1", "delegation, ru", "delegation, X", "perpetrator, 42",
			"perpetrator, 1-2-3-4-5", "category, bombardment", "size, 0" })
	void aMalformedFilterIsRefusedNamingIt(String parameter, String value) throws Exception {
		mvc.perform(get("/api/v1/reports").param(parameter, value).header(HttpHeaders.AUTHORIZATION, bearer("party.gov")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(parameter));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource({ "admin1, SY99", "delegation, XX", "perpetrator, 00000000-0000-0000-0000-000000000000" })
	void aWellFormedFilterThatNamesNothingMatchesNothing(String parameter, String value) throws Exception {
		mvc.perform(get("/api/v1/reports").param(parameter, value).header(HttpHeaders.AUTHORIZATION, bearer("party.gov")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.items").isEmpty());
	}

	@Test
	void aPlaceNameResolvesThroughTheGazetteer() throws Exception {
		fileAs("party.opp", named("Aleppo"), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.admin1Pcode").value("SY02"))
			.andExpect(jsonPath("$.placePcode").isString());
	}

	@Test
	void aTownIsLocatedAtTheTownAndADistrictAsADistrict() throws Exception {
		for (var duma : new String[] { "Duma", "دوما", "Dūmā", "Douma" }) {
			fileAs("party.opp", named(duma), null)
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.placePcode").value("C2338"))
				.andExpect(jsonPath("$.placeName").value("Duma"))
				.andExpect(jsonPath("$.location.precision").value("SETTLEMENT"))
				.andExpect(jsonPath("$.admin1Pcode").value("SY03"))
				.andExpect(jsonPath("$.admin3Pcode").value("SY030200"));
		}
		fileAs("party.opp", named("Jebel Saman"), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.placePcode").value("SY0200"))
			.andExpect(jsonPath("$.location.precision").value("DISTRICT"));
		fileAs("party.opp", named("Kafranbel"), null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.placeName").value("Kafr Nobol"))
			.andExpect(jsonPath("$.admin1Pcode").value("SY07"));
	}

	@Test
	void aNameNoPlaceHasOrThatEqualsShareIsRefused() throws Exception {
		expectInvalid(named("Qwertyuiop"), 422, "placeName");
		fileAs("party.opp", named("Jdideh"), null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("placeName"))
			.andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("C1662 Jdideh (A'zaz, Aleppo)")));
	}

	@Test
	void aPointAndTheNameOfAPlaceElsewhereAreRefusedTogether() throws Exception {
		var body = damascus(Instant.parse("2017-02-03T11:00:00Z"), "MECHANISM").replace("\"category\"", "\"placeName\": \"Douma\", \"category\"");
		fileAs("party.opp", body, null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.contains("location", "placeName")));
		var inDouma = body.replace("\"lat\": 33.5138, \"lon\": 36.2765", "\"lat\": 33.571, \"lon\": 36.405");
		fileAs("party.opp", inDouma, null)
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.placePcode").value("C2338"))
			.andExpect(jsonPath("$.location.precision").value("EXACT"))
			.andExpect(jsonPath("$.location.lat").value(33.571));
	}

	@Test
	void amendmentsAddRevisionsAndNeverLowerTheLevel() throws Exception {
		var id = idOf(fileAs("party.opp", damascus(Instant.parse("2017-02-04T10:00:00Z"), "MECHANISM"), null));
		var amended = damascus(Instant.parse("2017-02-04T10:00:00Z"), "GUARANTORS").replace("\"killed\": 2", "\"killed\": 3");

		amend("party.opp", id, amended, "a third victim died in hospital", 1)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.revision").value(2))
			.andExpect(jsonPath("$.casualties.killed").value(3));
		amend("party.opp", id, amended, "stale", 1).andExpect(status().isConflict());
		amend("party.opp", id, damascus(Instant.parse("2017-02-04T10:00:00Z"), "MECHANISM"), "declassify", null)
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("confidentiality"));
		amend("guarantor.ru", id, amended, "not mine", null).andExpect(status().isForbidden());
		amend("party.gov", id, amended, "not visible to me", null).andExpect(status().isNotFound());

		mvc.perform(get("/api/v1/reports/" + id + "/revisions").header(HttpHeaders.AUTHORIZATION, bearer("party.opp")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items.length()").value(2))
			.andExpect(jsonPath("$.items[0].report.casualties.killed").value(2))
			.andExpect(jsonPath("$.items[1].reason").value("a third victim died in hospital"));
	}

	@Test
	void eachRevisionCarriesItsLedgerEntryAndAReaderRecomputesItsContentHash() throws Exception {
		var id = idOf(fileAs("party.opp", damascus(Instant.parse("2017-02-05T10:00:00Z"), "GUARANTORS"), null));
		var heavier = damascus(Instant.parse("2017-02-05T10:00:00Z"), "GUARANTORS").replace("Mortar fire", "Heavy mortar fire");
		var receipt = body(amend("party.opp", id, heavier, "heavier than first said", 1)).get("receipt");

		var revisions = body(mvc.perform(get("/api/v1/reports/" + id + "/revisions")
			.header(HttpHeaders.AUTHORIZATION, bearer("party.opp")))).get("items");
		var reference = revisions.get(1).get("ledger");
		assertThat(reference.get("entryIndex").asLong()).isEqualTo(receipt.get("entryIndex").asLong());
		assertThat(reference.get("type").asString()).isEqualTo("report.amended");
		assertThat(reference.get("subjectId").asString()).isEqualTo(id + "/2");
		assertThat(revisions.get(0).get("ledger").get("type").asString()).isEqualTo("report.filed");

		var check = body(ledgerOf(id, 2, "guarantor.ir"));
		var entry = json(check.get("entry").asString());
		assertThat(check.get("entry").asString()).isEqualTo(receipt.get("entry").asString());
		assertThat(check.get("salt").asString()).isEqualTo(reference.get("salt").asString());
		assertThat(check.get("content").asString()).contains("Heavy mortar fire", "heavier than first said");
		assertThat(contentHash(check)).isEqualTo(entry.get("contentHash").asString())
			.isEqualTo(reference.get("contentHash").asString());

		var changedAroundTheApplication = transactions.getTransaction(new DefaultTransactionDefinition());
		try {
			jdbc.sql("UPDATE report_revision SET narrative = 'Nothing happened' WHERE report_id = ? AND revision = 2")
				.param(UUID.fromString(id)).update();
			assertThat(contentHash(body(ledgerOf(id, 2, "party.opp")))).isNotEqualTo(entry.get("contentHash").asString());
		}
		finally {
			transactions.rollback(changedAroundTheApplication);
		}

		ledgerOf(id, 2, "party.gov").andExpect(status().isNotFound());
		ledgerOf(id, 3, "party.opp").andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/reports/" + id + "/revisions/two/ledger").header(HttpHeaders.AUTHORIZATION, bearer("party.opp")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("revision"))
			.andExpect(jsonPath("$.errors[0].message").value("must be a whole number"));
	}

	/** What a reader computes from the answer alone: base64(SHA-256(salt ‖ content)). */
	private static String contentHash(JsonNode check) throws Exception {
		var sha256 = MessageDigest.getInstance("SHA-256");
		sha256.update(Base64.getDecoder().decode(check.get("salt").asString()));
		var content = check.get("content").asString().getBytes(StandardCharsets.UTF_8);
		return Base64.getEncoder().encodeToString(sha256.digest(content));
	}

	private static JsonNode body(ResultActions answered) throws Exception {
		return json(answered.andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	private ResultActions ledgerOf(String id, int revision, String username) throws Exception {
		return mvc.perform(get("/api/v1/reports/" + id + "/revisions/" + revision + "/ledger")
			.header(HttpHeaders.AUTHORIZATION, bearer(username)));
	}

	@Test
	void categoriesAreListedPublicly() throws Exception {
		mvc.perform(get("/api/v1/categories"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.code == 'armed-clash')].acledSubEventType").value("Armed clash"))
			.andExpect(jsonPath("$.items[?(@.code == 'heavy-weapons-outside-lines')].ceasefireSpecific").value(true));
	}

	private ResultActions listWindow(String username, Instant when) throws Exception {
		return mvc.perform(get("/api/v1/reports").param("from", when.minusSeconds(1).toString())
				.param("to", when.plusSeconds(3600).toString()).header(HttpHeaders.AUTHORIZATION, bearer(username)))
			.andExpect(status().isOk());
	}

	private ResultActions expectInvalid(String body, int status, String field) throws Exception {
		return fileAs("party.gov", body, null)
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field));
	}

	private ResultActions fileAs(String username, String body, String idempotencyKey) throws Exception {
		var request = post("/api/v1/reports").header(HttpHeaders.AUTHORIZATION, bearer(username))
			.contentType(MediaType.APPLICATION_JSON).content(body);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return mvc.perform(request);
	}

	private ResultActions amend(String username, String id, String report, String reason, Integer expectedRevision)
			throws Exception {
		var body = "{\"report\": " + report + ", \"reason\": \"" + reason + "\""
				+ (expectedRevision == null ? "" : ", \"expectedRevision\": " + expectedRevision) + "}";
		return mvc.perform(post("/api/v1/reports/" + id + "/amendments").header(HttpHeaders.AUTHORIZATION, bearer(username))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private String idOf(ResultActions filed) throws Exception {
		return json(filed.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString()).get("id").asString();
	}

	private String bearer(String username) {
		return DemoUsers.bearer(mvc, username);
	}

	private static String named(String placeName) {
		return damascus(Instant.parse("2017-02-03T10:00:00Z"), "MECHANISM")
			.replace("\"location\": {\"lat\": 33.5138, \"lon\": 36.2765, \"precision\": \"EXACT\"}", "\"placeName\": \"" + placeName + "\"");
	}

	private static String damascus(Instant from, String level) {
		return CENTRAL_DAMASCUS.formatted(from, from.plusSeconds(3600), level);
	}

	private static JsonNode json(String body) {
		return JsonMapper.shared().readTree(body);
	}
}
