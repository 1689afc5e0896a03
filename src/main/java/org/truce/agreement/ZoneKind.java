package org.truce.agreement;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonValue;
import org.truce.core.Confidentiality;

/** What a zone means for the truce; written in JSON and URLs as its kebab-case {@link #slug()}. */
public enum ZoneKind {

	/** Where the truce holds. */
	CEASEFIRE("ceasefire", Confidentiality.MECHANISM),
	/** Held by an actor excluded from the truce, where fighting it is no breach. */
	EXCLUDED_CONTROL("excluded-control", Confidentiality.MECHANISM),
	/** Where the parties agreed to reduce hostilities further. */
	DE_ESCALATION("de-escalation", Confidentiality.MECHANISM),
	/**
	 * A hospital, school, shelter or other site under protection. Kept to the guarantors by default: published site
	 * coordinates have served as target lists.
	 */
	PROTECTED_SITE("protected-site", Confidentiality.GUARANTORS),
	/** A line heavy weapons must stay behind; a line, or the area behind it. */
	WITHDRAWAL_LINE("withdrawal-line", Confidentiality.MECHANISM);

	private static final Set<String> AREAS = Set.of("Polygon", "MultiPolygon");
	private static final Set<String> AREAS_AND_LINES = Set.of("Polygon", "MultiPolygon", "LineString", "MultiLineString");

	private final String slug;
	private final Confidentiality defaultConfidentiality;

	ZoneKind(String slug, Confidentiality defaultConfidentiality) {
		this.slug = slug;
		this.defaultConfidentiality = defaultConfidentiality;
	}

	@JsonValue
	public String slug() {
		return slug;
	}

	public Confidentiality defaultConfidentiality() {
		return defaultConfidentiality;
	}

	public static Optional<ZoneKind> ofSlug(String slug) {
		return Arrays.stream(values()).filter(k -> k.slug.equals(slug)).findFirst();
	}

	public static String slugs() {
		return String.join(", ", Arrays.stream(values()).map(ZoneKind::slug).toList());
	}

	/** The GeoJSON geometry types the kind is drawn with: areas, and for a withdrawal line also lines. */
	Set<String> geometryTypes() {
		return this == WITHDRAWAL_LINE ? AREAS_AND_LINES : AREAS;
	}
}
