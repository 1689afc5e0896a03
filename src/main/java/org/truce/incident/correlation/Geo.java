package org.truce.incident.correlation;

import org.truce.core.GeoPoint;

/** The latitude/longitude boxes the spatial pre-filters compare. */
public final class Geo {

	private static final double METRES_PER_DEGREE_OF_LATITUDE = 111_320;

	private Geo() {
	}

	/**
	 * A box that contains every point within the radius of the centre. Degrees of longitude shrink towards the poles, so
	 * the box is widened with the cosine of its latitude farthest from the equator: it may be too large, never too small.
	 */
	public static Box around(GeoPoint centre, double radiusMetres) {
		double dLat = radiusMetres / METRES_PER_DEGREE_OF_LATITUDE;
		double maxLat = Math.min(90, centre.lat() + dLat);
		double minLat = Math.max(-90, centre.lat() - dLat);
		double cos = Math.cos(Math.toRadians(Math.max(Math.abs(maxLat), Math.abs(minLat))));
		double dLon = cos < 1e-6 ? 180 : Math.min(180, radiusMetres / (METRES_PER_DEGREE_OF_LATITUDE * cos));
		return new Box(minLat, Math.max(-180, centre.lon() - dLon), maxLat, Math.min(180, centre.lon() + dLon));
	}

	/** A latitude/longitude box in degrees. */
	public record Box(double minLat, double minLon, double maxLat, double maxLon) {

		public boolean intersects(Box other) {
			return minLat <= other.maxLat && other.minLat <= maxLat && minLon <= other.maxLon && other.minLon <= maxLon;
		}
	}
}
