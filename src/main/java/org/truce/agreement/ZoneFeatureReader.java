package org.truce.agreement;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.truce.core.Confidentiality;
import org.truce.core.InvalidInputException;
import org.truce.core.InvalidInputException.FieldError;
import org.truce.core.MalformedInputException;
import tools.jackson.databind.JsonNode;

/**
 * Reads an uploaded GeoJSON Feature into a {@link ZoneDraft}. A body of the wrong shape is malformed and stops the
 * reading; rule errors (missing name, unknown kind, dates, invalid geometry) are collected, so one answer lists every
 * field to fix, each named by its path in the Feature ({@code properties.kind}, {@code geometry.coordinates[0][3]}).
 */
final class ZoneFeatureReader {

	private ZoneFeatureReader() {
	}

	static ZoneDraft read(JsonNode feature) {
		if (!feature.isObject()) {
			throw new MalformedInputException("type", "the body must be one GeoJSON Feature object");
		}
		var type = feature.get("type");
		if (type == null || !type.isString() || !type.stringValue().equals("Feature")) {
			throw new MalformedInputException("type", "must be \"Feature\": upload one zone at a time");
		}
		var properties = member(feature, "properties");
		var geometryNode = member(feature, "geometry");

		var errors = new ArrayList<FieldError>();
		var name = collect(errors, () -> Texts.required("name", string(properties, "name"), Texts.NAME_LENGTH));
		var kind = collect(errors, () -> kind(properties));
		var from = collect(errors, () -> {
			var value = instant(properties, "effectiveFrom");
			if (value == null) {
				throw new InvalidInputException("effectiveFrom", "is required: when the zone takes effect");
			}
			return value;
		});
		var to = collect(errors, () -> instant(properties, "effectiveTo"));
		var effective = from == null ? null : collect(errors, () -> new EffectivePeriod(from, to));
		var confidentiality = kind == null ? null : collect(errors, () -> confidentiality(properties, kind));
		Geometry geometry = null;
		if (geometryNode == null) {
			errors.add(new FieldError("geometry", "is required"));
		}
		else {
			var accepted = kind == null ? GeoJsonGeometry.READABLE : kind.geometryTypes();
			try {
				geometry = GeoJsonGeometry.read(geometryNode, "geometry", accepted);
			}
			catch (InvalidInputException e) {
				errors.addAll(e.errors());
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new ZoneDraft(name, kind, effective, confidentiality, geometry, geometryNode.toString());
	}

	/** A member of the Feature that must be an object when present; {@code null} when absent or null. */
	private static @Nullable JsonNode member(JsonNode feature, String name) {
		var node = feature.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isObject()) {
			throw new MalformedInputException(name, "must be an object");
		}
		return node;
	}

	/** Runs a rule over the properties; its errors are kept, named from the Feature, and the reading goes on. */
	private static <T> @Nullable T collect(List<FieldError> errors, Supplier<@Nullable T> rule) {
		try {
			return rule.get();
		}
		catch (InvalidInputException e) {
			errors.addAll(e.within("properties.").errors());
			return null;
		}
	}

	private static @Nullable String string(@Nullable JsonNode properties, String name) {
		var node = properties == null ? null : properties.get(name);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString()) {
			throw new MalformedInputException("properties." + name, "must be a string");
		}
		return node.stringValue();
	}

	private static ZoneKind kind(@Nullable JsonNode properties) {
		var value = string(properties, "kind");
		if (value == null) {
			throw new InvalidInputException("kind", "is required: one of " + ZoneKind.slugs());
		}
		return ZoneKind.ofSlug(value)
			.orElseThrow(() -> new InvalidInputException("kind", "must be one of " + ZoneKind.slugs() + ", not " + value));
	}

	private static @Nullable Instant instant(@Nullable JsonNode properties, String name) {
		var value = string(properties, name);
		if (value == null) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException(name, "must be an ISO-8601 date-time with offset, such as 2016-12-30T00:00:00+02:00");
		}
	}

	/** The kind's default level unless one is given; a protected site is never public, whatever the uploader asks. */
	private static Confidentiality confidentiality(@Nullable JsonNode properties, ZoneKind kind) {
		var value = string(properties, "confidentiality");
		if (value == null) {
			return kind.defaultConfidentiality();
		}
		var level = Arrays.stream(Confidentiality.values()).filter(c -> c.name().equals(value)).findFirst()
			.orElseThrow(() -> new InvalidInputException("confidentiality",
					"must be one of " + Arrays.toString(Confidentiality.values()) + ", not " + value));
		if (kind == ZoneKind.PROTECTED_SITE && level == Confidentiality.PUBLIC) {
			throw new InvalidInputException("confidentiality", "a protected site is never public: its coordinates could guide an attack");
		}
		return level;
	}
}
