package org.truce.agreement.geo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateXY;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the features of a GeoJSON FeatureCollection of polygons from the classpath. The geometry is streamed straight
 * into JTS coordinates rather than through a JSON tree, which would cost several times the memory and time for the
 * 130,000 vertices of the sub-districts; callers that need only the properties skip it altogether.
 */
final class GeoJsonFeatures {

	static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

	private GeoJsonFeatures() {
	}

	record Feature(JsonNode properties, @Nullable Geometry geometry) {

		String text(String name) {
			return required(name).asString();
		}

		/** A text property that may be missing, null, empty or OCHA's {@code "<Null>"}. */
		Optional<String> optionalText(String name) {
			var value = properties.get(name);
			return value == null || value.isNull() || value.asString().isBlank() || value.asString().equals("<Null>")
					? Optional.empty() : Optional.of(value.asString());
		}

		double number(String name) {
			return required(name).asDouble();
		}

		Geometry shape() {
			if (geometry == null) {
				throw new IllegalStateException("feature read without its geometry");
			}
			return geometry;
		}

		private JsonNode required(String name) {
			var value = properties.get(name);
			if (value == null || value.isNull()) {
				throw new IllegalArgumentException("GeoJSON feature without property " + name + ": " + properties);
			}
			return value;
		}
	}

	static List<Feature> read(String resource, boolean withGeometry) {
		try (InputStream in = Resources.open(resource); JsonParser parser = JsonMapper.shared().createParser(in)) {
			expect(parser.nextToken(), JsonToken.START_OBJECT, resource);
			var features = new ArrayList<Feature>();
			while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
				var name = parser.currentName();
				if ("features".equals(name)) {
					expect(parser.nextToken(), JsonToken.START_ARRAY, resource);
					while (parser.nextToken() == JsonToken.START_OBJECT) {
						features.add(feature(parser, withGeometry));
					}
				}
				else {
					parser.nextToken();
					parser.skipChildren();
				}
			}
			return features;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static Feature feature(JsonParser parser, boolean withGeometry) {
		JsonNode properties = null;
		Geometry geometry = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			var name = parser.currentName();
			var token = parser.nextToken();
			if ("properties".equals(name)) {
				properties = parser.readValueAsTree();
			}
			else if ("geometry".equals(name) && withGeometry && token == JsonToken.START_OBJECT) {
				geometry = geometry(parser);
			}
			else {
				parser.skipChildren();
			}
		}
		if (properties == null) {
			throw new IllegalArgumentException("GeoJSON feature without properties");
		}
		if (withGeometry && geometry == null) {
			throw new IllegalArgumentException("GeoJSON feature without geometry: " + properties);
		}
		return new Feature(properties, geometry);
	}

	private static Geometry geometry(JsonParser parser) {
		String type = null;
		Object coordinates = null;
		while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
			var name = parser.currentName();
			parser.nextToken();
			switch (name) {
				case "type" -> type = parser.getString();
				case "coordinates" -> coordinates = nested(parser);
				default -> parser.skipChildren();
			}
		}
		if (type == null || coordinates == null) {
			throw new IllegalArgumentException("GeoJSON geometry without type or coordinates");
		}
		return switch (type) {
			case "Polygon" -> polygon(coordinates);
			case "MultiPolygon" -> WGS84.createMultiPolygon(((List<?>) coordinates).stream()
				.map(GeoJsonFeatures::polygon)
				.toArray(Polygon[]::new));
			default -> throw new IllegalArgumentException("Unsupported GeoJSON geometry " + type);
		};
	}

	/** A position as a coordinate, or an array of nested arrays as a list; the parser stands on START_ARRAY. */
	private static Object nested(JsonParser parser) {
		var token = parser.nextToken();
		if (token.isNumeric()) {
			double lon = parser.getDoubleValue();
			parser.nextToken();
			double lat = parser.getDoubleValue();
			skipRestOfArray(parser); // an altitude, which locating and drawing do not need
			return new CoordinateXY(lon, lat);
		}
		var items = new ArrayList<>();
		while (token == JsonToken.START_ARRAY) {
			items.add(nested(parser));
			token = parser.nextToken();
		}
		return items;
	}

	private static void skipRestOfArray(JsonParser parser) {
		for (var token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
			parser.skipChildren();
		}
	}

	private static Polygon polygon(Object rings) {
		var linearRings = ((List<?>) rings).stream()
			.map(ring -> WGS84.createLinearRing(((List<?>) ring).toArray(Coordinate[]::new)))
			.toArray(LinearRing[]::new);
		return WGS84.createPolygon(linearRings[0], Arrays.copyOfRange(linearRings, 1, linearRings.length));
	}

	private static void expect(@Nullable JsonToken actual, JsonToken expected, String resource) {
		if (actual != expected) {
			throw new IllegalArgumentException(resource + " is not a GeoJSON FeatureCollection");
		}
	}
}
