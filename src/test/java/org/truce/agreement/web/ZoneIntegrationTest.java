package org.truce.agreement.web;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.truce.TruceIntegrationTest;
import org.truce.agreement.ZoneDefined;
import org.truce.agreement.ZoneKind;
import org.truce.agreement.ZoneRef;
import org.truce.agreement.Zones;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.GeoPoint;
import org.truce.core.Role;
import org.truce.identity.Delegations;
import org.truce.identity.UserAdministration;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TruceIntegrationTest
@RecordApplicationEvents
class ZoneIntegrationTest {

	/** A square of one degree, far from any real zone, so that other tests' zones never overlap it. */
	private static final String SQUARE = """
			{"type": "Polygon", "coordinates": [[[37.0, 35.0], [37.1, 35.0], [37.1, 35.1], [37.0, 35.1], [37.0, 35.0]]]}""";
	private static final GeoPoint INSIDE = new GeoPoint(35.05, 37.05);

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Zones zones;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApplicationEvents events;

	private RequestPostProcessor guarantorA;
	private RequestPostProcessor guarantorB;
	private RequestPostProcessor observer;
	private RequestPostProcessor party;

	@BeforeAll
	static void members(@Autowired Delegations delegations, @Autowired UserAdministration users) {
		Members.provision(delegations, users, "ZNGA", Role.GUARANTOR);
		Members.provision(delegations, users, "ZNGB", Role.GUARANTOR);
		Members.provision(delegations, users, "ZNOBS", Role.OBSERVER);
		Members.provision(delegations, users, "ZNPTY", Role.PARTY);
	}

	@BeforeEach
	void tokens() throws Exception {
		guarantorA = Members.bearer(mvc, "ZNGA");
		guarantorB = Members.bearer(mvc, "ZNGB");
		observer = Members.bearer(mvc, "ZNOBS");
		party = Members.bearer(mvc, "ZNPTY");
	}

	@Test
	void aGuarantorDefinesAZoneThatTheMechanismReadsAsGeoJson() throws Exception {
		var location = define(guarantorA, feature(SQUARE, "Northern countryside", "ceasefire", null));

		mvc.perform(get(location).with(observer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("Feature"))
			.andExpect(jsonPath("$.geometry.type").value("Polygon"))
			.andExpect(jsonPath("$.geometry.coordinates[0][2][0]").value(37.1))
			.andExpect(jsonPath("$.properties.kind").value("ceasefire"))
			.andExpect(jsonPath("$.properties.confidentiality").value("MECHANISM"))
			.andExpect(jsonPath("$.properties.owner").value("ZNGA"));
		mvc.perform(get("/api/v1/zones").param("kind", "ceasefire").with(observer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.type").value("FeatureCollection"))
			.andExpect(jsonPath("$.features[*].id").value(hasItem(idOf(location))))
			.andExpect(jsonPath("$.features[*].properties.kind").value(everyItem(org.hamcrest.Matchers.is("ceasefire"))));
		assertThat(events.stream(ZoneDefined.class)).singleElement()
			.satisfies(e -> assertThat(e.zone().toString()).isEqualTo(idOf(location)));
	}

	@Test
	void onlyGuarantorsAndTheSecretariatDefineZones() throws Exception {
		mvc.perform(post("/api/v1/zones").with(party).contentType(MediaType.APPLICATION_JSON)
				.content(feature(SQUARE, "Claimed line", "ceasefire", null)))
			.andExpect(status().isForbidden());
	}

	@Test
	void aPrivateZoneIsHiddenFromOtherDelegationsExactlyLikeAMissingOne() throws Exception {
		var location = define(guarantorA, feature(SQUARE, "Own positions", "de-escalation", "PRIVATE"));

		mvc.perform(get(location).with(guarantorA)).andExpect(status().isOk());
		mvc.perform(get(location).with(guarantorB)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/zones/" + UUID.randomUUID()).with(guarantorB)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/zones").with(guarantorB))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.features[*].id").value(not(hasItem(idOf(location)))));
		mvc.perform(get("/api/v1/zones").with(guarantorA))
			.andExpect(jsonPath("$.features[*].id").value(hasItem(idOf(location))));
	}

	@Test
	void aProtectedSiteIsReadByGuarantorsButNotByObserversAndEveryReadIsLogged() throws Exception {
		var location = define(guarantorA, feature(SQUARE, "District hospital", "protected-site", null));

		mvc.perform(get(location).with(guarantorB))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.properties.confidentiality").value("GUARANTORS"));
		mvc.perform(get(location).with(observer)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/zones").param("kind", "protected-site").with(observer))
			.andExpect(jsonPath("$.features[*].id").value(not(hasItem(idOf(location)))));
		var reads = jdbc.sql("SELECT count(*) FROM access_log WHERE subject_id = ? AND delegation = 'ZNGB'")
			.param(UUID.fromString(idOf(location))).query(Long.class).single();
		assertThat(reads).isEqualTo(1);
	}

	@Test
	void zonesAreFilteredByTheInstantTheyAreInForce() throws Exception {
		var location = define(guarantorA, feature(SQUARE, "Winter truce", "de-escalation", null));

		mvc.perform(get("/api/v1/zones").param("at", "2017-01-15T00:00:00Z").with(observer))
			.andExpect(jsonPath("$.features[*].id").value(hasItem(idOf(location))));
		mvc.perform(get("/api/v1/zones").param("at", "2016-06-01T00:00:00Z").with(observer))
			.andExpect(jsonPath("$.features[*].id").value(not(hasItem(idOf(location)))));
		mvc.perform(get("/api/v1/zones").param("at", "soon").with(observer))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("at"));
		mvc.perform(get("/api/v1/zones").param("kind", "buffer").with(observer))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("kind"));
	}

	@Test
	void invalidUploadsAreRefusedNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/zones").with(guarantorA).contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"Feature\""))
			.andExpect(status().isBadRequest());
		mvc.perform(post("/api/v1/zones").with(guarantorA).contentType(MediaType.APPLICATION_JSON).content("""
				{"type": "FeatureCollection", "features": []}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("type"));
		mvc.perform(post("/api/v1/zones").with(guarantorA).contentType(MediaType.APPLICATION_JSON)
				.content(feature(SQUARE, "Z", "buffer", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("properties.kind"));
		var bowTie = """
				{"type": "Polygon", "coordinates": [[[37.0, 35.0], [37.1, 35.1], [37.1, 35.0], [37.0, 35.1], [37.0, 35.0]]]}""";
		mvc.perform(post("/api/v1/zones").with(guarantorA).contentType(MediaType.APPLICATION_JSON)
				.content(feature(bowTie, "Z", "ceasefire", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("geometry"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("Self-intersection")));
		var overTheBorder = """
				{"type": "Polygon", "coordinates": [[[35.4, 33.8], [35.6, 33.8], [35.6, 33.9], [35.4, 33.9], [35.4, 33.8]]]}""";
		mvc.perform(post("/api/v1/zones").with(guarantorA).contentType(MediaType.APPLICATION_JSON)
				.content(feature(overTheBorder, "Beirut", "ceasefire", null)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("geometry"))
			.andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("outside the agreement's area")));
	}

	@Test
	void theSameZoneIsDefinedOnceAndSeededOnce() throws Exception {
		var body = feature(SQUARE, "Seeded zone", "excluded-control", null);
		var seeded = zones.seed(json.readTree(body), new DelegationCode("ZNGA"));

		assertThat(zones.seed(json.readTree(body), new DelegationCode("ZNGA"))).isEqualTo(seeded);
		assertThat(events.stream(ZoneDefined.class)).hasSize(1);
		mvc.perform(post("/api/v1/zones").with(guarantorA).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isConflict());
	}

	@Test
	void zonesContainingAPointAreFoundWhateverTheirConfidentialityButLinesContainNothing() throws Exception {
		var area = zones.seed(json.readTree(feature(SQUARE, "Excluded pocket", "excluded-control", "PRIVATE")),
				new DelegationCode("ZNGB"));
		zones.seed(json.readTree(feature("""
				{"type": "LineString", "coordinates": [[37.0, 35.05], [37.1, 35.05]]}""", "Line through the point", "withdrawal-line",
				null)), new DelegationCode("ZNGB"));

		var found = zones.zonesContaining(INSIDE, Instant.parse("2017-01-15T00:00:00Z"));

		assertThat(found).contains(new ZoneRef(area.id(), "Excluded pocket", ZoneKind.EXCLUDED_CONTROL, Confidentiality.PRIVATE,
				new DelegationCode("ZNGB")));
		assertThat(found).extracting(ZoneRef::kind).doesNotContain(ZoneKind.WITHDRAWAL_LINE);
		assertThat(zones.zonesContaining(new GeoPoint(35.0, 37.0), Instant.parse("2017-01-15T00:00:00Z")))
			.extracting(ZoneRef::id).contains(area.id());
		assertThat(zones.zonesContaining(new GeoPoint(35.2, 37.05), Instant.parse("2017-01-15T00:00:00Z")))
			.extracting(ZoneRef::id).doesNotContain(area.id());
		assertThat(zones.zonesContaining(INSIDE, Instant.parse("2016-06-01T00:00:00Z")))
			.extracting(ZoneRef::id).doesNotContain(area.id());
	}

	private String define(RequestPostProcessor who, String feature) throws Exception {
		return mvc.perform(post("/api/v1/zones").with(who).contentType(MediaType.APPLICATION_JSON).content(feature))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);
	}

	private static String idOf(String location) {
		return location.substring(location.lastIndexOf('/') + 1);
	}

	/** A unique name per call, so that tests never collide on the one-zone-per-name rule unless they mean to. */
	private static String feature(String geometry, String name, String kind, String confidentiality) {
		return """
				{"type": "Feature", "geometry": %s,
				 "properties": {"name": "%s", "kind": "%s", "effectiveFrom": "2016-12-30T00:00:00+02:00",
				                "effectiveTo": "2017-03-31T00:00:00+03:00"%s}}"""
			.formatted(geometry, name, kind, confidentiality == null ? "" : ", \"confidentiality\": \"" + confidentiality + "\"");
	}
}
