package org.truce.agreement.geo;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.locationtech.jts.coverage.CoverageSimplifier;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.agreement.BoundaryMaps;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The boundary maps, simplified with JTS's {@link CoverageSimplifier}: unlike simplifying each polygon on its own
 * (TopologyPreservingSimplifier), it simplifies a border once for both areas sharing it, so neighbours neither overlap
 * nor leave slivers between them. Computed on the first request for a level rather than at startup, as it takes about half a second.
 */
@Component
class SimplifiedBoundaries implements BoundaryMaps {

	private static final Set<Integer> LEVELS = Set.of(1, 2);

	/**
	 * Simplification tolerance in degrees (0.002° ≈ 200 m), and coordinate decimals (4 ≈ 11 m, finer than what the
	 * simplification keeps): governorates come to about 90 KB and districts to 200 KB, within the 150 and 350 KB a page
	 * can afford, and borders still follow rivers and valleys at the zoom of a governorate.
	 */
	private static final double TOLERANCE_DEGREES = 0.002;
	private static final double DECIMALS = 1e4;

	private static final Logger log = LoggerFactory.getLogger(SimplifiedBoundaries.class);

	private final Map<Integer, String> maps = new ConcurrentHashMap<>();

	@Override
	public boolean covers(int level) {
		return LEVELS.contains(level);
	}

	@Override
	public String geoJson(int level) {
		if (!covers(level)) {
			throw new IllegalArgumentException("No boundary map of level " + level);
		}
		return maps.computeIfAbsent(level, this::render);
	}

	private String render(int level) {
		long started = System.nanoTime();
		var features = GeoJsonFeatures.read("geo/syr_adm" + level + "_ocha_codab_v02.geojson", true);
		var simplified = CoverageSimplifier.simplify(
				features.stream().map(GeoJsonFeatures.Feature::shape).toArray(Geometry[]::new), TOLERANCE_DEGREES);
		var out = new ByteArrayOutputStream();
		try (JsonGenerator json = JsonMapper.shared().createGenerator(out, JsonEncoding.UTF8)) {
			json.writeStartObject();
			json.writeStringProperty("type", "FeatureCollection");
			json.writeName("features");
			json.writeStartArray();
			for (int i = 0; i < features.size(); i++) {
				writeFeature(json, features.get(i), "adm" + level + "_", simplified[i]);
			}
			json.writeEndArray();
			json.writeEndObject();
		}
		log.info("Simplified the level {} boundaries to {} KB in {} ms", level, out.size() / 1024,
				(System.nanoTime() - started) / 1_000_000);
		return out.toString(StandardCharsets.UTF_8);
	}

	private static void writeFeature(JsonGenerator json, GeoJsonFeatures.Feature feature, String prefix, Geometry shape) {
		json.writeStartObject();
		json.writeStringProperty("type", "Feature");
		json.writeName("properties");
		json.writeStartObject();
		json.writeStringProperty("pcode", feature.text(prefix + "pcode"));
		json.writeStringProperty("name", feature.text(prefix + "name"));
		json.writeStringProperty("nameAr", feature.text(prefix + "name1"));
		json.writeEndObject();
		json.writeName("geometry");
		json.writeStartObject();
		json.writeStringProperty("type", shape.getGeometryType());
		json.writeName("coordinates");
		if (shape instanceof Polygon polygon) {
			writePolygon(json, polygon);
		}
		else {
			json.writeStartArray();
			for (int i = 0; i < shape.getNumGeometries(); i++) {
				writePolygon(json, (Polygon) shape.getGeometryN(i));
			}
			json.writeEndArray();
		}
		json.writeEndObject();
		json.writeEndObject();
	}

	private static void writePolygon(JsonGenerator json, Polygon polygon) {
		json.writeStartArray();
		writeRing(json, polygon.getExteriorRing());
		for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
			writeRing(json, polygon.getInteriorRingN(i));
		}
		json.writeEndArray();
	}

	/** Writes the ring rounded, leaving out vertices that rounding made equal to the previous one. */
	private static void writeRing(JsonGenerator json, LineString ring) {
		json.writeStartArray();
		Coordinate previous = null;
		for (var coordinate : ring.getCoordinates()) {
			var rounded = new Coordinate(round(coordinate.x), round(coordinate.y));
			if (previous == null || !rounded.equals2D(previous)) {
				json.writeStartArray();
				json.writeNumber(rounded.x);
				json.writeNumber(rounded.y);
				json.writeEndArray();
			}
			previous = rounded;
		}
		json.writeEndArray();
	}

	private static double round(double degrees) {
		return Math.round(degrees * DECIMALS) / DECIMALS;
	}
}
