package org.truce.agreement.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.AdminArea;
import org.truce.agreement.AdminLocation;
import org.truce.agreement.Place;
import org.truce.agreement.PlaceKind;
import org.truce.core.GeoPoint;

/**
 * A row of OCHA's 2015 populated places, located in the v02 boundaries.
 *
 * @param alternateName the {@code NAM_EN_REF} spelling
 * @param capitalLevel the {@code CAPIT_LVL}: the level of the area whose seat the place is (0 the country, 1 a
 *     governorate, 2 a district, 3 a sub-district), or null
 * @param codes2015 the 2015 P-codes of its governorate, district and sub-district ({@code ADMIN1_COD}…), which
 *     say whose seat it is better than its location does for a town drawn on the wrong side of a line
 */
record PopulatedPlace(Place place, String alternateName, @Nullable Integer capitalLevel, Map<Integer, String> codes2015) {

	String locatedIn(int level) {
		return area(place.location(), level).pcode();
	}

	/**
	 * Loads the places, located by the file's {@code adm3_pcode_v02_spatial} column where it has one: that is a
	 * point-in-polygon join against these same sub-districts (the tests check it agrees with {@link
	 * CodAbAdminAreas#locate}), and saves testing 5,000 points at startup. The 47 places just outside every
	 * sub-district, on the coast and the borders, are located here.
	 */
	static List<PopulatedPlace> load(CodAbAdminAreas areas) {
		try (var reader = Resources.utf8("geo/syr_populated_places_ocha_2015.csv")) {
			return CsvTable.read(reader).rows().stream().map(row -> {
				var pcode = row.get("PCODE");
				var point = new GeoPoint(Double.parseDouble(row.get("LATITUDE")), Double.parseDouble(row.get("LONGITUDE")));
				var location = areas.subDistrict(row.get("adm3_pcode_v02_spatial")).or(() -> areas.locate(point))
					.orElseThrow(() -> new IllegalStateException("Place " + pcode + " lies outside the agreement's area"));
				var capital = row.get("CAPIT_LVL");
				return new PopulatedPlace(new Place(pcode, row.get("NAME_EN"), row.get("NAME_ARA"), PlaceKind.SETTLEMENT, point, location),
						row.get("NAM_EN_REF"), capital.isEmpty() ? null : Integer.valueOf(capital),
						Map.of(1, row.get("ADMIN1_COD"), 2, row.get("ADMIN2_COD"), 3, row.get("ADMIN3_COD")));
			}).toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static AdminArea area(AdminLocation location, int level) {
		return switch (level) {
			case 1 -> location.governorate();
			case 2 -> location.district();
			case 3 -> location.subDistrict();
			default -> throw new IllegalArgumentException("No admin level " + level);
		};
	}
}
