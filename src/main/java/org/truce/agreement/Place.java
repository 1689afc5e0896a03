package org.truce.agreement;

import org.truce.core.GeoPoint;

/**
 * A place of the gazetteer: a settlement (OCHA communities, P-codes {@code C1234}), a city neighbourhood ({@code
 * N0123}) or quarter of Damascus ({@code A004}), or an admin area ({@code SY0302}) at its seat, or at its label point
 * for the few areas without one.
 *
 * @param name the English name
 * @param nameAr the Arabic name
 * @param point where the place stands: its own point, a neighbourhood's interior point, an area's seat
 * @param location the areas its point lies in
 */
public record Place(String pcode, String name, String nameAr, PlaceKind kind, GeoPoint point, AdminLocation location) {
}
