package org.truce.agreement;

import org.truce.core.GeoPoint;

/**
 * A populated place of the gazetteer (OCHA communities, P-codes {@code C1234}).
 *
 * @param name the English name
 * @param nameAr the Arabic name
 * @param location the areas its point lies in
 */
public record Place(String pcode, String name, String nameAr, GeoPoint point, AdminLocation location) {
}
