package org.truce.agreement;

/**
 * The governorate and district boundaries as GeoJSON for maps drawn in the browser: simplified to a size a page can
 * load, with shared borders kept shared. Each feature has the properties {@code pcode}, {@code name} and
 * {@code nameAr}.
 */
public interface BoundaryMaps {

	/** The levels there are maps of: 1 (governorates) and 2 (districts). */
	boolean covers(int level);

	/**
	 * The FeatureCollection of a level's areas; computed on first use, then the same text.
	 *
	 * @throws IllegalArgumentException for a level not {@linkplain #covers covered}
	 */
	String geoJson(int level);
}
