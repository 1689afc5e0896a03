package org.truce.agreement.web;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.truce.TruceIntegrationTest;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.identity.Delegation;
import org.truce.identity.Delegations;
import org.truce.identity.UserAdministration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TruceIntegrationTest
class GeoApiIntegrationTest {

	private static final String PASSWORD = "geo tester password";
	private static String bearer = "";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@BeforeAll
	static void signIn(@Autowired Delegations delegations, @Autowired UserAdministration users, @Autowired MockMvc mvc,
			@Autowired JsonMapper json) throws Exception {
		delegations.register(new Delegation(new DelegationCode("GEO"), "Geography testers", Role.MONITOR));
		users.provision("geo.tester", new DelegationCode("GEO"), PASSWORD, false);
		var created = mvc.perform(post("/api/v1/tokens").with(httpBasic("geo.tester", PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		bearer = "Bearer " + json.readTree(created).get("token").asString();
	}

	@Test
	void listsGovernoratesAndTheSubDistrictsOfOne() throws Exception {
		mvc.perform(api(get("/api/v1/admin-areas").param("level", "1")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(14)))
			.andExpect(jsonPath("$.items[0].pcode").value("SY01"))
			.andExpect(jsonPath("$.items[0].level").value(1))
			.andExpect(jsonPath("$.items[0].name").value("Damascus"))
			.andExpect(jsonPath("$.items[0].nameAr").value("دمشق"));

		mvc.perform(api(get("/api/v1/admin-areas").param("level", "3").param("parent", "SY02")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].pcode", everyItem(startsWith("SY02"))))
			.andExpect(jsonPath("$.items[*].level", everyItem(is(3))));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"level=4,               422, level",
			"level=0,               422, level",
			"level=one,             400, level",
			"parent=SY01,           400, level",
			"level=1&parent=SY02,   422, parent",
			"level=2&parent=Aleppo, 422, parent",
			"level=3&parent=SY020000, 422, parent" })
	void refusesBadListQueriesNamingTheParameter(String query, int status, String field) throws Exception {
		mvc.perform(api(get("/api/v1/admin-areas?" + query)))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field));
	}

	@Test
	void aWellFormedParentThatNamesNoAreaHasNoAreas() throws Exception {
		mvc.perform(api(get("/api/v1/admin-areas").param("level", "2").param("parent", "SY99")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items", hasSize(0)));
	}

	@Test
	void locatesAPointInItsGovernorateDistrictAndSubDistrict() throws Exception {
		mvc.perform(api(get("/api/v1/admin-areas/locate").param("lat", "36.1993").param("lon", "37.1624")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.admin1Pcode").value("SY02"))
			.andExpect(jsonPath("$.admin1Name").value("Aleppo"))
			.andExpect(jsonPath("$.admin2Pcode").value("SY0200"))
			.andExpect(jsonPath("$.admin2Name").value("Jebel Saman"))
			.andExpect(jsonPath("$.admin3Pcode", startsWith("SY0200")))
			.andExpect(jsonPath("$.admin3Name").isString());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"lat=33.89&lon=35.50,  422, location",
			"lat=91&lon=36,        422, lat",
			"lat=33.5&lon=-181,    422, lon",
			"lat=NaN&lon=36,       422, lat",
			"lat=33.5&lon=east,    400, lon",
			"lon=36,               400, lat" })
	void refusesPointsOutsideTheAreaOrOutOfRangeNamingTheParameter(String query, int status, String field)
			throws Exception {
		mvc.perform(api(get("/api/v1/admin-areas/locate?" + query)))
			.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field));
	}

	@Test
	void searchesPlacesBestFirst() throws Exception {
		mvc.perform(api(get("/api/v1/places").param("q", "alep").param("limit", "5")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].pcode").value("C1007"))
			.andExpect(jsonPath("$.items[0].name").value("Aleppo"))
			.andExpect(jsonPath("$.items[0].nameAr").value("حلب"))
			.andExpect(jsonPath("$.items[0].lat").isNumber())
			.andExpect(jsonPath("$.items[0].lon").isNumber())
			.andExpect(jsonPath("$.items[0].admin1Pcode").value("SY02"))
			.andExpect(jsonPath("$.items[0].admin2Pcode").value("SY0200"))
			.andExpect(jsonPath("$.items[0].admin3Pcode", startsWith("SY0200")));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "q=alep&limit=0, 422, limit", "q=alep&limit=51, 422, limit", "q=---, 422, q", "limit=5, 400, q" })
	void refusesBadSearchesNamingTheParameter(String query, int status, String field) throws Exception {
		mvc.perform(api(get("/api/v1/places?" + query)))
			.andExpect(status().is(status))
			.andExpect(jsonPath("$.field").value(field));
	}

	@Test
	void refusesANameToResolveWithoutLettersOrDigits() throws Exception {
		mvc.perform(api(get("/api/v1/places/resolve").param("name", " - ")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("name"));
	}

	@Test
	void resolvesANameToOnePlace() throws Exception {
		mvc.perform(api(get("/api/v1/places/resolve").param("name", "Dar'a")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pcode").value("C5993"))
			.andExpect(jsonPath("$.admin1Pcode").value("SY12"));
	}

	@Test
	void aResolvedNameSaysHowItMatchedAndWhatElseItNames() throws Exception {
		mvc.perform(api(get("/api/v1/places/resolve").param("name", "Duma")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pcode").value("C2338"))
			.andExpect(jsonPath("$.kind").value("SETTLEMENT"))
			.andExpect(jsonPath("$.admin1Name").value("Rural Damascus"))
			.andExpect(jsonPath("$.match").value("EXACT"))
			.andExpect(jsonPath("$.alternatives[*].pcode", contains("C3076", "C6236")))
			.andExpect(jsonPath("$.alternatives[*].admin1Name", contains("Hama", "As-Sweida")));
		mvc.perform(api(get("/api/v1/places/resolve").param("name", "Kafr Nabl")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.pcode").value("C4068"))
			.andExpect(jsonPath("$.match").value("APPROXIMATE"));
		mvc.perform(api(get("/api/v1/places/resolve").param("name", "SY0302")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.kind").value("DISTRICT"))
			.andExpect(jsonPath("$.admin3Pcode").value("SY030200"));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = { "Xyzzy | ''", "Tarmala | C2513" })
	void anUnknownNameIsNotFoundWithThePlacesOfANearSpellingAsSuggestions(String name, String suggested) throws Exception {
		var notFound = mvc.perform(api(get("/api/v1/places/resolve").param("name", name)))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		if (suggested.isEmpty()) {
			notFound.andExpect(jsonPath("$.suggestions").doesNotExist());
		}
		else {
			notFound.andExpect(jsonPath("$.suggestions[*].pcode", contains(suggested)))
				.andExpect(jsonPath("$.suggestions[0].admin1Name").value("Homs"));
		}
	}

	@Test
	void anAmbiguousNameIsInvalidInputListingTheCandidates() throws Exception {
		mvc.perform(api(get("/api/v1/places/resolve").param("name", "Jdideh")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value("name"))
			.andExpect(jsonPath("$.errors[0].field").value("name"))
			.andExpect(jsonPath("$.candidates", hasSize(9)))
			.andExpect(jsonPath("$.candidates[*].name", everyItem(is("Jdideh"))))
			.andExpect(jsonPath("$.candidates[0].pcode").isString())
			.andExpect(jsonPath("$.candidates[0].admin1Pcode").isString());
	}

	@Test
	void theApiRequiresSigningIn() throws Exception {
		mvc.perform(get("/api/v1/places").param("q", "alep")).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/admin-areas").param("level", "1")).andExpect(status().isUnauthorized());
	}

	@ParameterizedTest(name = "level {0}")
	@CsvSource({ "1, 14, 150", "2, 62, 350" })
	void boundaryMapsArePublicCacheableGeoJsonWithinTheirSizeBudget(int level, int features, int maxKilobytes)
			throws Exception {
		var response = mvc.perform(get("/geo/adm" + level + ".geojson"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/geo+json"))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("public")))
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, containsString("max-age=86400")))
			.andReturn().getResponse();
		var bytes = response.getContentAsByteArray();
		var geoJson = json.readTree(new String(bytes, StandardCharsets.UTF_8));

		assertThat(bytes.length).isLessThanOrEqualTo(maxKilobytes * 1024);
		assertThat(geoJson.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(geoJson.get("features").size()).isEqualTo(features);
		for (JsonNode feature : geoJson.get("features")) {
			assertThat(feature.get("type").asString()).isEqualTo("Feature");
			assertThat(feature.get("properties").propertyNames()).containsExactlyInAnyOrder("pcode", "name", "nameAr");
			assertThat(feature.at("/geometry/type").asString()).isIn("Polygon", "MultiPolygon");
			var firstRing = feature.at("/geometry/type").asString().equals("Polygon") ? feature.at("/geometry/coordinates/0")
					: feature.at("/geometry/coordinates/0/0");
			assertThat(firstRing.size()).isGreaterThanOrEqualTo(4);
			assertThat(firstRing.get(0)).isEqualTo(firstRing.get(firstRing.size() - 1));
		}
		assertThat(geoJson.findValuesAsString("nameAr")).contains(level == 1 ? "حلب" : "اعزاز");
	}

	@Test
	void thereIsNoBoundaryMapOfSubDistricts() throws Exception {
		mvc.perform(get("/geo/adm3.geojson")).andExpect(status().isNotFound());
	}

	private static MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
		return request.header(HttpHeaders.AUTHORIZATION, bearer);
	}
}
