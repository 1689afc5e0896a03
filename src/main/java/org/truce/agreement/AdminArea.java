package org.truce.agreement;

/**
 * An administrative area of the OCHA COD-AB boundaries: a governorate (level 1, e.g. {@code SY01}), a district
 * (level 2, {@code SY0101}) or a sub-district (level 3, {@code SY010100}).
 *
 * @param name the English name
 * @param nameAr the Arabic name
 */
public record AdminArea(String pcode, int level, String name, String nameAr) {
}
