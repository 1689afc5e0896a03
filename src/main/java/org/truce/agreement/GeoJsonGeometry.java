package org.truce.agreement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.truce.core.InvalidInputException;
import org.truce.core.MalformedInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads GeoJSON geometries (RFC 7946, longitude before latitude) into JTS, naming the exact member at fault: a
 * document that is not GeoJSON is malformed, GeoJSON that describes no valid shape (positions out of range, an
 * unclosed ring, a self-intersection) breaks a rule. Reads the area and line types zones are drawn with.
 */
final class GeoJsonGeometry {

	static final Set<String> READABLE = Set.of("Polygon", "MultiPolygon", "LineString", "MultiLineString");
	private static final Set<String> GEOJSON_TYPES = Set.of("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon",
			"MultiPolygon", "GeometryCollection");
	private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

	private GeoJsonGeometry() {
	}

	/**
	 * @param path the member's name in the enclosing document, e.g. {@code geometry}
	 * @param accepted the types the caller can use, a subset of {@link #READABLE}; another GeoJSON type breaks a rule
	 */
	static Geometry read(JsonNode node, String path, Set<String> accepted) {
		if (!node.isObject()) {
			throw new MalformedInputException(path, "must be a GeoJSON geometry object");
		}
		var typeNode = node.get("type");
		if (typeNode == null || !typeNode.isString() || !GEOJSON_TYPES.contains(typeNode.stringValue())) {
			throw new MalformedInputException(path + ".type", "must be a GeoJSON geometry type, one of " + new TreeSet<>(GEOJSON_TYPES));
		}
		var type = typeNode.stringValue();
		if (!accepted.contains(type)) {
			throw new InvalidInputException(path + ".type", "must be " + String.join(" or ", new TreeSet<>(accepted)) + ", not " + type);
		}
		var coordinates = node.get("coordinates");
		if (coordinates == null) {
			throw new MalformedInputException(path + ".coordinates", "is required");
		}
		var at = path + ".coordinates";
		Geometry geometry = switch (type) {
			case "LineString" -> lineString(coordinates, at);
			case "MultiLineString" -> FACTORY.createMultiLineString(members(coordinates, at, GeoJsonGeometry::lineString)
				.toArray(LineString[]::new));
			case "Polygon" -> polygon(coordinates, at);
			case "MultiPolygon" -> FACTORY.createMultiPolygon(members(coordinates, at, GeoJsonGeometry::polygon)
				.toArray(Polygon[]::new));
			default -> throw new IllegalArgumentException(type + " is not among the readable types " + READABLE);
		};
		var error = new IsValidOp(geometry).getValidationError();
		if (error != null) {
			throw new InvalidInputException(path, "is not a valid geometry: " + error.getMessage() + where(error.getCoordinate()));
		}
		return geometry;
	}

	private static Polygon polygon(JsonNode node, String path) {
		var rings = members(node, path, GeoJsonGeometry::ring);
		return FACTORY.createPolygon(rings.getFirst(), rings.subList(1, rings.size()).toArray(LinearRing[]::new));
	}

	private static LinearRing ring(JsonNode node, String path) {
		var positions = positions(node, path);
		if (positions.length < 4) {
			throw new InvalidInputException(path, "a ring needs at least 4 positions, the last repeating the first");
		}
		if (!positions[0].equals2D(positions[positions.length - 1])) {
			throw new InvalidInputException(path, "the ring is not closed: its last position must repeat its first");
		}
		return FACTORY.createLinearRing(positions);
	}

	private static LineString lineString(JsonNode node, String path) {
		var positions = positions(node, path);
		if (positions.length < 2) {
			throw new InvalidInputException(path, "a line needs at least 2 positions");
		}
		return FACTORY.createLineString(positions);
	}

	private static Coordinate[] positions(JsonNode node, String path) {
		if (!node.isArray()) {
			throw new MalformedInputException(path, "must be an array of positions");
		}
		var positions = new Coordinate[node.size()];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = position(node.get(i), path + "[" + i + "]");
		}
		return positions;
	}

	/** A position's extra members (an altitude) are allowed by RFC 7946 and ignored: zones are flat. */
	private static Coordinate position(JsonNode node, String path) {
		if (!node.isArray() || node.size() < 2 || !node.get(0).isNumber() || !node.get(1).isNumber()) {
			throw new MalformedInputException(path, "must be a position: [longitude, latitude]");
		}
		double lon = node.get(0).doubleValue();
		double lat = node.get(1).doubleValue();
		if (lon < -180 || lon > 180) {
			throw new InvalidInputException(path, "longitude " + lon + " is outside -180..180 (GeoJSON gives longitude first)");
		}
		if (lat < -90 || lat > 90) {
			throw new InvalidInputException(path, "latitude " + lat + " is outside -90..90 (GeoJSON gives longitude first)");
		}
		return new Coordinate(lon, lat);
	}

	private static <T> List<T> members(JsonNode node, String path, BiFunction<JsonNode, String, T> reader) {
		if (!node.isArray()) {
			throw new MalformedInputException(path, "must be an array");
		}
		if (node.isEmpty()) {
			throw new InvalidInputException(path, "must not be empty");
		}
		var members = new ArrayList<T>(node.size());
		for (int i = 0; i < node.size(); i++) {
			members.add(reader.apply(node.get(i), path + "[" + i + "]"));
		}
		return members;
	}

	private static String where(@Nullable Coordinate coordinate) {
		return coordinate == null ? "" : " at longitude " + coordinate.x + ", latitude " + coordinate.y;
	}
}
