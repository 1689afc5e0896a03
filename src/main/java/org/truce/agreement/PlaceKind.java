package org.truce.agreement;

/**
 * What a place of the gazetteer is, finest first: a neighbourhood or quarter of a city, a settlement (OCHA's
 * communities: towns and villages), or an administrative area, which stands at its seat or, lacking one, its label
 * point.
 */
public enum PlaceKind {

	NEIGHBOURHOOD, SETTLEMENT, SUB_DISTRICT, DISTRICT, GOVERNORATE;

	/** The kind of an admin area of a level: 1 a governorate, 2 a district, 3 a sub-district. */
	public static PlaceKind ofAdminLevel(int level) {
		return switch (level) {
			case 1 -> GOVERNORATE;
			case 2 -> DISTRICT;
			case 3 -> SUB_DISTRICT;
			default -> throw new IllegalArgumentException("No admin level " + level);
		};
	}
}
