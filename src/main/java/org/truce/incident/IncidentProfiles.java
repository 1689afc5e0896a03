package org.truce.incident;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.truce.core.GeoPoint;
import org.truce.incident.correlation.ReportFeatures;

/** Derives an incident's profile from the reports a viewer may see of it. */
final class IncidentProfiles {

	/** The least uncertainty a point is weighted with, so that an exact point does not outweigh all others infinitely. */
	private static final double SMALLEST_RADIUS_METRES = 100;

	private IncidentProfiles() {
	}

	static IncidentProfile of(List<ReportSnapshot> reports) {
		if (reports.isEmpty()) {
			throw new IllegalArgumentException("an incident's profile needs at least one report");
		}
		var features = reports.stream().map(ReportSnapshot::features).toList();
		double weights = 0;
		double lat = 0;
		double lon = 0;
		for (var report : features) {
			// Each point counts by its precision: an exact point moves the centre more than a governorate's centroid.
			double weight = 1 / Math.pow(Math.max(SMALLEST_RADIUS_METRES, report.radiusMetres()), 2);
			weights += weight;
			lat += weight * report.point().lat();
			lon += weight * report.point().lon();
		}
		var centre = new GeoPoint(lat / weights, lon / weights);
		double farthest = features.stream().mapToDouble(r -> centre.metresTo(r.point())).max().orElseThrow();
		double smallestRadius = features.stream().mapToDouble(ReportFeatures::radiusMetres).min().orElseThrow();
		return new IncidentProfile(features.stream().map(ReportFeatures::from).min(Comparator.naturalOrder()).orElseThrow(),
				features.stream().map(ReportFeatures::to).max(Comparator.naturalOrder()).orElseThrow(), centre.lat(), centre.lon(),
				Math.round(farthest + smallestRadius), mostFrequent(reports.stream().map(ReportSnapshot::admin1Pcode)).getFirst(),
				mostFrequent(features.stream().map(ReportFeatures::category)),
				mostFrequent(features.stream().flatMap(r -> Stream.of(r.perpetrator(), r.target())).filter(Objects::nonNull)));
	}

	private static <T> List<T> mostFrequent(Stream<T> values) {
		var counts = new LinkedHashMap<T, Long>();
		values.forEach(value -> counts.merge(value, 1L, Long::sum));
		return counts.entrySet().stream()
			.sorted(Map.Entry.<T, Long>comparingByValue().reversed())
			.map(Map.Entry::getKey)
			.toList();
	}
}
