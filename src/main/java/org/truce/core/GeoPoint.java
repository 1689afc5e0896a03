package org.truce.core;

/** A WGS84 position in decimal degrees. */
public record GeoPoint(double lat, double lon) {

	private static final double MEAN_EARTH_RADIUS_METRES = 6_371_008.8;

	public GeoPoint {
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw new IllegalArgumentException("latitude must be between -90 and 90");
		}
		if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
			throw new IllegalArgumentException("longitude must be between -180 and 180");
		}
	}

	/** The great-circle distance to another point, in metres (haversine, on a sphere of the Earth's mean radius). */
	public double metresTo(GeoPoint other) {
		double dLat = Math.toRadians(other.lat - lat);
		double dLon = Math.toRadians(other.lon - lon);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat)) * Math.cos(Math.toRadians(other.lat)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * MEAN_EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
	}
}
