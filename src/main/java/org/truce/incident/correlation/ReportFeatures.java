package org.truce.incident.correlation;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.core.GeoPoint;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.ReportDetails;
import org.truce.report.ReportId;
import org.truce.report.TimePrecision;

/**
 * What the engine compares of a report: when, where, what, who and how many killed, each with the precision the
 * reporter gave.
 *
 * @param killed the people reported killed, or none if the report does not say
 */
public record ReportFeatures(ReportId id, Instant from, Instant to, TimePrecision timePrecision, GeoPoint point,
		LocationPrecision locationPrecision, Category category, @Nullable ActorId perpetrator, @Nullable ActorId target,
		@Nullable Integer killed) {

	public static ReportFeatures of(ReportDetails report) {
		var content = report.content();
		return new ReportFeatures(report.id(), content.occurredFrom(), content.occurredTo(), content.timePrecision(),
				content.location().point(), content.location().precision(), content.category(), content.allegedPerpetrator(),
				content.target(), content.casualties().killed());
	}

	/**
	 * How far beyond its stated window a report's event may lie: an exact time is an estimate, a day may be another time
	 * zone's, a week or a month a reporter's rounding.
	 */
	public static Duration slack(TimePrecision precision) {
		return switch (precision) {
			case EXACT -> Duration.ofHours(2);
			case DAY -> Duration.ofHours(3);
			case WEEK -> Duration.ofDays(2);
			case MONTH -> Duration.ofDays(7);
		};
	}

	/** The earliest the event may have happened, given the precision. */
	public Instant reachFrom() {
		return from.minus(slack(timePrecision));
	}

	/** The latest the event may have happened, given the precision. */
	public Instant reachTo() {
		return to.plus(slack(timePrecision));
	}

	public double radiusMetres() {
		return locationPrecision.radiusMetres();
	}

	/** The box where the event may have happened, given the location's precision. */
	public Geo.Box extent() {
		return Geo.around(point, radiusMetres());
	}

	/**
	 * The box in which another report's point must lie, give or take that report's own radius, for the two to be
	 * compared: this report's radius plus the engine's margin.
	 */
	public Geo.Box searchBox() {
		return Geo.around(point, radiusMetres() + PairScorer.PLACE_MARGIN_METRES);
	}

	/** Whether the two reports' time reaches meet: the time pre-filter, the same in SQL and in memory. */
	public boolean reachesOverlap(ReportFeatures other) {
		return !reachTo().isBefore(other.reachFrom()) && !other.reachTo().isBefore(reachFrom());
	}
}
