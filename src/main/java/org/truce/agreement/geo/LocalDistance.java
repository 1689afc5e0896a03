package org.truce.agreement.geo;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.truce.core.GeoPoint;

/**
 * Distances in kilometres near a point, in an equirectangular projection centred on it: a degree of longitude is
 * shortened by the cosine of the point's latitude. Raw degrees would overstate east-west distances by a fifth at
 * Syria's latitudes; this approximation errs by well under 1% within the tens of kilometres it is used for.
 */
final class LocalDistance {

	private static final double KM_PER_DEGREE_LAT = 110.574;
	private static final double KM_PER_DEGREE_LON_AT_EQUATOR = 111.320;

	private final GeoPoint origin;
	private final double kmPerDegreeLon;

	LocalDistance(GeoPoint origin) {
		this.origin = origin;
		this.kmPerDegreeLon = KM_PER_DEGREE_LON_AT_EQUATOR * Math.cos(Math.toRadians(origin.lat()));
	}

	/** The distance to the nearest edge of the geometry's rings or lines (not zero inside a polygon). */
	double toBoundary(Geometry geometry) {
		double best = Double.POSITIVE_INFINITY;
		for (Object line : LinearComponentExtracter.getLines(geometry)) {
			var coordinates = ((LineString) line).getCoordinateSequence();
			double ax = x(coordinates.getX(0));
			double ay = y(coordinates.getY(0));
			for (int i = 1; i < coordinates.size(); i++) {
				double bx = x(coordinates.getX(i));
				double by = y(coordinates.getY(i));
				best = Math.min(best, toSegment(ax, ay, bx, by));
				ax = bx;
				ay = by;
			}
		}
		return best;
	}

	double toPoint(GeoPoint point) {
		return Math.hypot(x(point.lon()), y(point.lat()));
	}

	/** The distance to the closest point of the envelope: a lower bound of the distance to anything inside it. */
	double toEnvelope(Envelope envelope) {
		double dx = Math.max(0, Math.max(envelope.getMinX() - origin.lon(), origin.lon() - envelope.getMaxX()));
		double dy = Math.max(0, Math.max(envelope.getMinY() - origin.lat(), origin.lat() - envelope.getMaxY()));
		return Math.hypot(dx * kmPerDegreeLon, dy * KM_PER_DEGREE_LAT);
	}

	/** The envelope of the points within {@code km} of the origin. */
	Envelope around(double km) {
		double dLon = km / kmPerDegreeLon;
		double dLat = km / KM_PER_DEGREE_LAT;
		return new Envelope(origin.lon() - dLon, origin.lon() + dLon, origin.lat() - dLat, origin.lat() + dLat);
	}

	private double x(double lon) {
		return (lon - origin.lon()) * kmPerDegreeLon;
	}

	private double y(double lat) {
		return (lat - origin.lat()) * KM_PER_DEGREE_LAT;
	}

	/** The distance from the origin (0, 0) to the segment a–b. */
	private static double toSegment(double ax, double ay, double bx, double by) {
		double dx = bx - ax;
		double dy = by - ay;
		double lengthSquared = dx * dx + dy * dy;
		double t = lengthSquared == 0 ? 0 : Math.clamp(-(ax * dx + ay * dy) / lengthSquared, 0, 1);
		return Math.hypot(ax + t * dx, ay + t * dy);
	}
}
