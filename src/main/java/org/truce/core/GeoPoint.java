package org.truce.core;

/** A WGS84 position in decimal degrees. */
public record GeoPoint(double lat, double lon) {

	public GeoPoint {
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw new IllegalArgumentException("latitude must be between -90 and 90");
		}
		if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
			throw new IllegalArgumentException("longitude must be between -180 and 180");
		}
	}
}
