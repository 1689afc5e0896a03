package org.truce.agreement.geo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.locationtech.jts.geom.Geometry;
import org.truce.agreement.Place;
import org.truce.agreement.PlaceKind;
import org.truce.core.GeoPoint;

/**
 * OCHA's 414 neighbourhoods of 13 cities (P-codes {@code N0123}), and the 15 quarters into which it groups those of
 * Damascus (Barzeh, Qaboun, Jobar…, {@code A001}–{@code A015}), as places at a point inside their polygons.
 */
final class Neighbourhoods {

	static final String RESOURCE = "geo/syr_neighborhoods_ocha_codab_v02.geojson";

	/**
	 * @param alternateNames OCHA's other spellings ({@code neighbor_3}) and its names qualified by the city
	 *     ({@code neighbor_4}: "Nuzha (Damascus)")
	 */
	record Neighbourhood(Place place, List<String> alternateNames, Prominence prominence) {
	}

	private Neighbourhoods() {
	}

	static List<Neighbourhood> load(CodAbAdminAreas areas) {
		var neighbourhoods = new ArrayList<Neighbourhood>();
		var quarters = new LinkedHashMap<String, List<GeoJsonFeatures.Feature>>();
		for (var feature : GeoJsonFeatures.read(RESOURCE, true)) {
			neighbourhoods.add(new Neighbourhood(place(feature.text("neighbor_2"), feature.text("neighborho"),
					feature.text("neighbor_1"), feature.shape(), areas),
					Stream.of("neighbor_3", "neighbor_4").map(feature::optionalText).flatMap(Optional::stream).toList(),
					Prominence.PLACE));
			feature.optionalText("areapcode").ifPresent(quarter -> quarters.computeIfAbsent(quarter, q -> new ArrayList<>()).add(feature));
		}
		quarters.forEach((pcode, features) -> {
			var first = features.getFirst();
			var shape = GeoJsonFeatures.WGS84.buildGeometry(features.stream().map(GeoJsonFeatures.Feature::shape).toList()).union();
			neighbourhoods.add(new Neighbourhood(place(pcode, first.text("areaname_e"), first.text("areaname_a"), shape, areas),
					List.of(), Prominence.CITY_QUARTER));
		});
		return neighbourhoods;
	}

	private static Place place(String pcode, String name, String nameAr, Geometry shape, CodAbAdminAreas areas) {
		var inside = shape.getInteriorPoint();
		var point = new GeoPoint(inside.getY(), inside.getX());
		var location = areas.locate(point)
			.orElseThrow(() -> new IllegalStateException("Neighbourhood " + pcode + " lies outside the agreement's area"));
		return new Place(pcode, name, nameAr, PlaceKind.NEIGHBOURHOOD, point, location);
	}
}
