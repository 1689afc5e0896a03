package org.truce.agreement;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.truce.core.Confidentiality;
import org.truce.core.InvalidInputException;
import org.truce.core.InvalidInputException.FieldError;
import org.truce.core.MalformedInputException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ZoneFeatureReaderTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String SQUARE = """
			{"type": "Polygon", "coordinates": [[[36.0, 33.0], [37.0, 33.0], [37.0, 34.0], [36.0, 34.0], [36.0, 33.0]]]}""";
	private static final String PROPERTIES = """
			{"name": "Eastern Ghouta", "kind": "ceasefire", "effectiveFrom": "2016-12-30T00:00:00+02:00"}""";

	@Test
	void readsAFeatureWithTheKindsDefaultConfidentiality() {
		var draft = ZoneFeatureReader.read(feature(SQUARE, PROPERTIES));

		assertThat(draft.name()).isEqualTo("Eastern Ghouta");
		assertThat(draft.kind()).isEqualTo(ZoneKind.CEASEFIRE);
		assertThat(draft.effective()).isEqualTo(EffectivePeriod.from(Instant.parse("2016-12-29T22:00:00Z")));
		assertThat(draft.confidentiality()).isEqualTo(Confidentiality.MECHANISM);
		assertThat(draft.geometry().getArea()).isEqualTo(1.0);
		assertThat(JSON.readTree(draft.geoJson())).isEqualTo(JSON.readTree(SQUARE));
	}

	@Test
	void aProtectedSiteIsKeptToTheGuarantorsByDefaultAndIsNeverPublic() {
		var site = """
				{"name": "Hospital", "kind": "protected-site", "effectiveFrom": "2017-01-01T00:00:00Z"}""";
		assertThat(ZoneFeatureReader.read(feature(SQUARE, site)).confidentiality()).isEqualTo(Confidentiality.GUARANTORS);

		var published = """
				{"name": "Hospital", "kind": "protected-site", "effectiveFrom": "2017-01-01T00:00:00Z", "confidentiality": "PUBLIC"}""";
		assertInvalid(feature(SQUARE, published), "properties.confidentiality");
	}

	@Test
	void aWithdrawalLineMayBeALineButACeasefireZoneMayNot() {
		var line = """
				{"type": "LineString", "coordinates": [[36.0, 33.0], [37.0, 34.0]]}""";
		var withdrawal = """
				{"name": "Line A", "kind": "withdrawal-line", "effectiveFrom": "2017-01-01T00:00:00Z"}""";

		assertThat(ZoneFeatureReader.read(feature(line, withdrawal)).geometry().getGeometryType()).isEqualTo("LineString");
		assertInvalid(feature(line, PROPERTIES), "geometry.type");
		assertInvalid(feature("""
				{"type": "Point", "coordinates": [36.0, 33.0]}""", PROPERTIES), "geometry.type");
	}

	@Test
	void ruleErrorsNameTheirPropertyAndAreAllReportedAtOnce() {
		var errors = invalid(feature(SQUARE, """
				{"kind": "buffer", "effectiveFrom": "yesterday"}"""));

		assertThat(errors).extracting(FieldError::field)
			.containsExactly("properties.name", "properties.kind", "properties.effectiveFrom");
		assertThat(errors.get(1).message()).contains("ceasefire", "withdrawal-line");
	}

	@Test
	void aZoneEndsAfterItStarts() {
		assertInvalid(feature(SQUARE, """
				{"name": "Z", "kind": "ceasefire", "effectiveFrom": "2017-01-02T00:00:00Z", "effectiveTo": "2017-01-01T00:00:00Z"}"""),
				"properties.effectiveTo");
	}

	@Test
	void effectiveFromAndGeometryAreRequired() {
		assertInvalid(feature(SQUARE, """
				{"name": "Z", "kind": "ceasefire"}"""), "properties.effectiveFrom");
		assertInvalid(JSON.readTree("""
				{"type": "Feature", "geometry": null, "properties": %s}""".formatted(PROPERTIES)), "geometry");
	}

	@Test
	void anUnclosedRingIsInvalid() {
		var errors = invalid(feature("""
				{"type": "Polygon", "coordinates": [[[36.0, 33.0], [37.0, 33.0], [37.0, 34.0], [36.0, 34.0]]]}""", PROPERTIES));

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.field()).isEqualTo("geometry.coordinates[0]");
			assertThat(e.message()).contains("not closed");
		});
	}

	@Test
	void aSelfIntersectingPolygonIsInvalidAndTheAnswerSaysWhereAndWhy() {
		var bowTie = """
				{"type": "Polygon", "coordinates": [[[36.0, 33.0], [37.0, 34.0], [37.0, 33.0], [36.0, 34.0], [36.0, 33.0]]]}""";
		var errors = invalid(feature(bowTie, PROPERTIES));

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.field()).isEqualTo("geometry");
			assertThat(e.message()).contains("Self-intersection", "longitude 36.5", "latitude 33.5");
		});
	}

	@Test
	void coordinatesOutOfRangeAreInvalidAtTheirPosition() {
		var swapped = """
				{"type": "Polygon", "coordinates": [[[33.0, 36.0], [33.0, 137.0], [34.0, 37.0], [33.0, 36.0]]]}""";

		assertThat(invalid(feature(swapped, PROPERTIES))).singleElement().satisfies(e -> {
			assertThat(e.field()).isEqualTo("geometry.coordinates[0][1]");
			assertThat(e.message()).contains("latitude 137.0");
		});
	}

	@Test
	void aDocumentThatIsNotAGeoJsonFeatureIsMalformed() {
		assertMalformed(JSON.readTree("[1, 2]"), "type");
		assertMalformed(JSON.readTree("""
				{"type": "FeatureCollection", "features": []}"""), "type");
		assertMalformed(JSON.readTree("""
				{"type": "Feature", "geometry": "POLYGON((0 0))", "properties": {}}"""), "geometry");
		assertMalformed(feature("""
				{"type": "Circle", "coordinates": [36.0, 33.0]}""", PROPERTIES), "geometry.type");
		assertMalformed(feature("""
				{"type": "Polygon", "coordinates": [[[36.0, 33.0], [37.0, "north"], [37.0, 34.0], [36.0, 33.0]]]}""", PROPERTIES),
				"geometry.coordinates[0][1]");
		assertMalformed(feature(SQUARE, """
				{"name": 7, "kind": "ceasefire", "effectiveFrom": "2017-01-01T00:00:00Z"}"""), "properties.name");
	}

	private static JsonNode feature(String geometry, String properties) {
		return JSON.readTree("""
				{"type": "Feature", "geometry": %s, "properties": %s}""".formatted(geometry, properties));
	}

	private static java.util.List<FieldError> invalid(JsonNode feature) {
		try {
			ZoneFeatureReader.read(feature);
		}
		catch (InvalidInputException e) {
			return e.errors();
		}
		throw new AssertionError("The feature was accepted");
	}

	private static void assertInvalid(JsonNode feature, String field) {
		assertThat(invalid(feature)).extracting(FieldError::field).containsExactly(field);
	}

	private static void assertMalformed(JsonNode feature, String field) {
		assertThatThrownBy(() -> ZoneFeatureReader.read(feature))
			.isInstanceOfSatisfying(MalformedInputException.class, e -> assertThat(e.field()).isEqualTo(field));
	}
}
