package org.truce.agreement;

import org.truce.core.GeoPoint;

/**
 * A populated place of the gazetteer (OCHA communities, P-codes {@code C1234}). The name of a governorate, district or
 * sub-district stands for its seat; for the few areas the gazetteer marks no seat of, it stands for a place at the
 * area's label point that carries the area's own P-code (e.g. {@code SY0302}, Duma district).
 *
 * @param name the English name
 * @param nameAr the Arabic name
 * @param location the areas its point lies in
 */
public record Place(String pcode, String name, String nameAr, GeoPoint point, AdminLocation location) {
}
