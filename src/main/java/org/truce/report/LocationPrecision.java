package org.truce.report;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import org.truce.agreement.PlaceKind;

/**
 * How precisely the reporter knows where the event happened, from an exact point to only the country. Each class
 * stands for a radius of uncertainty, which the correlation of reports takes into account.
 */
public enum LocationPrecision {

	EXACT(100), SETTLEMENT(2_000), NEAR(25_000), SUB_DISTRICT(30_000), DISTRICT(60_000), GOVERNORATE(150_000), COUNTRY(500_000);

	private final int radiusMetres;

	LocationPrecision(int radiusMetres) {
		this.radiusMetres = radiusMetres;
	}

	public int radiusMetres() {
		return radiusMetres;
	}

	/** How precisely a place named through the gazetteer locates an event: a neighbourhood as a settlement, an area as its level. */
	public static LocationPrecision of(PlaceKind kind) {
		return switch (kind) {
			case NEIGHBOURHOOD, SETTLEMENT -> SETTLEMENT;
			case SUB_DISTRICT -> SUB_DISTRICT;
			case DISTRICT -> DISTRICT;
			case GOVERNORATE -> GOVERNORATE;
		};
	}

	/** Reads a class name in any case, or an uncertainty in metres (the narrowest class that covers it). */
	@JsonCreator
	public static LocationPrecision parse(Object value) {
		if (value instanceof Number metres) {
			return ofRadius(metres.doubleValue());
		}
		var text = value.toString().trim();
		try {
			return ofRadius(Double.parseDouble(text));
		}
		catch (NumberFormatException notANumber) {
			return valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
		}
	}

	static LocationPrecision ofRadius(double metres) {
		if (!(metres >= 0)) {
			throw new IllegalArgumentException("an uncertainty in metres is zero or more");
		}
		for (var precision : values()) {
			if (metres <= precision.radiusMetres) {
				return precision;
			}
		}
		return COUNTRY;
	}
}
