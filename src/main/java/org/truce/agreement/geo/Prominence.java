package org.truce.agreement.geo;

/**
 * How strongly a place claims a name it shares with others, strongest first: the seat of a larger area before the
 * seat of a smaller one, an area whose seat the gazetteer lacks (at its label point) after the seats of its level, a
 * quarter of Damascus after every area, and any other settlement or neighbourhood last.
 */
enum Prominence {

	GOVERNORATE_SEAT, GOVERNORATE, DISTRICT_SEAT, DISTRICT, SUB_DISTRICT_SEAT, SUB_DISTRICT, CITY_QUARTER, PLACE;

	static Prominence seatOf(int level) {
		return values()[2 * (level - 1)];
	}

	static Prominence area(int level) {
		return values()[2 * (level - 1) + 1];
	}

	boolean isAtLeast(Prominence other) {
		return compareTo(other) <= 0;
	}
}
