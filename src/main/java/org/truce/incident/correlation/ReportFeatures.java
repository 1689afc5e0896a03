package org.truce.incident.correlation;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.core.DelegationCode;
import org.truce.core.GeoPoint;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.ReportDetails;
import org.truce.report.ReportId;
import org.truce.report.TimePrecision;

/**
 * What the engine compares of a report: who filed it, when, where, what, who and how many killed, each with the
 * precision the reporter gave, and the words of its narrative.
 *
 * @param killed the people reported killed, or none if the report does not say
 * @param civilians how many of the killed were civilians, or none if the report does not say
 * @param terms the telling words of its narrative ({@link NarrativeTerms})
 */
public record ReportFeatures(ReportId id, DelegationCode source, Instant from, Instant to, TimePrecision timePrecision,
		GeoPoint point, LocationPrecision locationPrecision, Category category, @Nullable ActorId perpetrator,
		@Nullable ActorId target, @Nullable Integer killed, @Nullable Integer civilians, Set<String> terms) {

	public ReportFeatures {
		terms = Set.copyOf(terms);
	}

	public static ReportFeatures of(ReportDetails report) {
		var content = report.content();
		return new ReportFeatures(report.id(), report.sourceDelegation(), content.occurredFrom(), content.occurredTo(), content.timePrecision(),
				content.location().point(), content.location().precision(), content.category(), content.allegedPerpetrator(),
				content.target(), content.casualties().killed(), content.casualties().civiliansKilled(),
				NarrativeTerms.of(content.narrative()));
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
