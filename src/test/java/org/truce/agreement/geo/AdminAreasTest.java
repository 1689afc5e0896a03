package org.truce.agreement.geo;

import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.truce.agreement.AdminArea;
import org.truce.core.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AdminAreasTest {

	private static final CodAbAdminAreas areas = new CodAbAdminAreas();

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"central Damascus, 33.5138, 36.2765, SY01, Damascus",
			"Aleppo citadel,   36.1993, 37.1624, SY02, Aleppo",
			"Homs clock tower, 34.7308, 36.7094, SY04, Homs",
			"Raqqa,            35.9500, 39.0100, SY11, Ar-Raqqa",
			"Daraa al-Balad,   32.6120, 36.1000, SY12, Dar'a" })
	void locatesKnownPlacesInTheirGovernorate(String place, double lat, double lon, String pcode, String name) {
		var location = areas.locate(new GeoPoint(lat, lon)).orElseThrow();

		assertThat(location.governorate()).extracting(AdminArea::pcode, AdminArea::name, AdminArea::level)
			.containsExactly(pcode, name, 1);
		assertThat(location.governorate().nameAr()).isNotBlank();
		assertThat(location.district().pcode()).startsWith(pcode).hasSize(6);
		assertThat(location.subDistrict().pcode()).startsWith(location.district().pcode()).hasSize(8);
		assertThat(areas.withinAgreementArea(new GeoPoint(lat, lon))).isTrue();
	}

	@Test
	void centralDamascusIsInTheDamascusSubDistrict() {
		var location = areas.locate(new GeoPoint(33.5138, 36.2765)).orElseThrow();

		assertThat(location.district()).isEqualTo(new AdminArea("SY0100", 2, "Damascus", "دمشق"));
		assertThat(location.subDistrict().pcode()).isEqualTo("SY010000");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"Beirut,  33.8900, 35.5000",
			"Baghdad, 33.3152, 44.3661",
			"Amman,   31.9500, 35.9300",
			"Kilis (5.6 km beyond the border), 36.7184, 37.1212",
			"Ramtha (5.6 km beyond the border), 32.5590, 36.0070",
			"the equator, 0, 0" })
	void pointsClearlyOutsideAreNeitherInTheAreaNorLocated(String place, double lat, double lon) {
		var point = new GeoPoint(lat, lon);

		assertThat(areas.withinAgreementArea(point)).isFalse();
		assertThat(areas.locate(point)).isEmpty();
	}

	@Test
	void everyUcdpEventLiesInTheAreaAndLocatesToTheSubDistrictContainingItOrTheNearest() {
		var events = gedEvents();
		assertThat(events).hasSize(1768);

		var outside = events.stream().filter(e -> containingByBruteForce(e.point()).isEmpty()).toList();
		for (var event : events) {
			assertThat(areas.withinAgreementArea(event.point())).as(event.id()).isTrue();
			var located = areas.locate(event.point()).orElseThrow().subDistrict().pcode();
			var containing = containingByBruteForce(event.point());
			if (containing.isEmpty()) {
				assertThat(located).as(event.id()).isEqualTo(nearestByBruteForce(event.point()));
			}
			else {
				assertThat(located).as(event.id()).isIn(containing);
			}
		}
		assertThat(outside).extracting(GedEvent::id).containsExactlyInAnyOrder("240896", "241080", "242444", "241085");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({
			"Tartus town (GED 240896),   34.88902,  35.88659,  0.10, SY100000",
			"Jablah town (GED 241080),   35.361508, 35.921702, 0.52, SY060200",
			"Al Rukban camp (GED 242444), 33.298583, 38.657139, 0.33, SY030202",
			"Shekh Yaqob (GED 241085),   36.66581,  37.501927, 1.20, SY020203" })
	void eventsJustOutsideTheCountryPolygonResolveToTheNearestSubDistrict(String event, double lat, double lon,
			double kmOutside, String subDistrict) {
		var point = new GeoPoint(lat, lon);
		var country = GeoJsonFeatures.read("geo/syr_adm0_ocha_codab_v02.geojson", true).getFirst().shape();

		assertThat(country.covers(jts(point))).isFalse();
		assertThat(kilometres(point, country)).isCloseTo(kmOutside, within(0.01)).isLessThan(CodAbAdminAreas.TOLERANCE_KM);
		assertThat(areas.locate(point).orElseThrow().subDistrict().pcode()).isEqualTo(subDistrict);
	}

	@Test
	void listsTheAreasOfEachLevelAndWithinAnother() {
		assertThat(areas.governorates()).hasSize(14).extracting(AdminArea::pcode).startsWith("SY01", "SY02").isSorted();
		assertThat(areas.areas(2, null)).hasSize(62);
		assertThat(areas.areas(3, null)).hasSize(272);
		assertThat(areas.areas(2, "sy02")).extracting(AdminArea::pcode).hasSize(8).allMatch(p -> p.startsWith("SY02"));
		assertThat(areas.areas(3, "SY02")).extracting(AdminArea::pcode).allMatch(p -> p.startsWith("SY02"))
			.hasSizeGreaterThan(8);
		assertThat(areas.areas(3, "SY0204")).extracting(AdminArea::pcode).allMatch(p -> p.startsWith("SY0204"));
		assertThat(areas.areas(1, "SY02")).isEmpty();
		assertThat(areas.areas(4, null)).isEmpty();
	}

	@Test
	void findsAnAreaByPcodeInAnyCase() {
		assertThat(areas.find("sy0204")).contains(new AdminArea("SY0204", 2, "A'zaz", "اعزاز"));
		assertThat(areas.find("SY99")).isEmpty();
	}

	private record GedEvent(String id, GeoPoint point) {
	}

	private static List<GedEvent> gedEvents() {
		try (var reader = Resources.utf8("data/ucdp_ged_syria_652_1601_1911_20161215_20170331.csv")) {
			return CsvTable.read(reader).rows().stream()
				.map(row -> new GedEvent(row.get("id"),
						new GeoPoint(Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")))))
				.toList();
		}
		catch (IOException e) {
			throw new AssertionError(e);
		}
	}

	/** Every sub-district whose polygon covers the point, tested one by one without the index or prepared geometry. */
	private static List<String> containingByBruteForce(GeoPoint point) {
		return areas.subDistricts().stream()
			.filter(s -> s.geometry().covers(jts(point)))
			.map(s -> s.location().subDistrict().pcode())
			.toList();
	}

	private static String nearestByBruteForce(GeoPoint point) {
		var nearest = areas.subDistricts().getFirst();
		for (var s : areas.subDistricts()) {
			if (kilometres(point, s.geometry()) < kilometres(point, nearest.geometry())) {
				nearest = s;
			}
		}
		return nearest.location().subDistrict().pcode();
	}

	/** JTS's own distance, in a copy of the geometry projected to kilometres around the point. */
	private static double kilometres(GeoPoint point, Geometry geometry) {
		var toKilometres = AffineTransformation.translationInstance(-point.lon(), -point.lat())
			.scale(111.320 * Math.cos(Math.toRadians(point.lat())), 110.574);
		return toKilometres.transform(geometry).distance(GeoJsonFeatures.WGS84.createPoint(new Coordinate(0, 0)));
	}

	private static Point jts(GeoPoint point) {
		return GeoJsonFeatures.WGS84.createPoint(new Coordinate(point.lon(), point.lat()));
	}
}
