package org.truce.incident.correlation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.incident.Factor;

/**
 * Compares two reports factor by factor. Each factor adds points for agreement and takes them for disagreement, so
 * that the sum reads as evidence: time and place count most where the reports are precise and not at all where they
 * are vague, and lose points as the reports drift apart within what their precisions allow; beyond that, the reports
 * cannot describe one event.
 */
public final class PairScorer {

	/** Added to the sum of two reports' location radii: points given as exact still stray by a kilometre or two. */
	public static final double PLACE_MARGIN_METRES = 2_000;

	/*
	 * The weights are log-odds points. Their scales were calibrated by a logistic regression of "same event" on the
	 * factors over a training corpus of the correlation benchmark (seed 1; the benchmark reports another seed), then
	 * rounded; the actor weights keep the domain's reading where the data could not tell (see below).
	 */
	/** What two points at the edge of the distance their precisions allow cost. */
	private static final double EDGE_PENALTY = 2.0;
	/** What two time windows that hardly overlap cost. */
	private static final double SHARE_PENALTY = 2.0;
	/** The time factor's ceiling, reached by two windows of a few hours. */
	private static final double TIME_MAXIMUM = 3.5;
	/** The window length at which agreeing on a time says nothing: every event of the week fits. */
	private static final Duration TIME_UNINFORMATIVE = Duration.ofDays(8);
	private static final double TIME_SCALE = 1.4;
	/** The place factor's ceiling: however close two points are, place alone does not make one event. */
	private static final double PLACE_MAXIMUM = 3.5;
	/** The size of the region over which unrelated events of the same days spread. */
	private static final double PLACE_REGION_METRES = 100_000;
	private static final double PLACE_SCALE = 0.5;
	/*
	 * Agreeing on the actors says little where most events pit the same two sides against each other; disagreeing says
	 * a lot. Swapped roles count exactly as agreement: the two sides of a clash each accuse the other.
	 */
	private static final double SAME_ACTORS = 0.5;
	private static final double CONSISTENT_ACTORS = 0.0;
	private static final double OTHER_OPPONENT = -3.0;
	private static final double DIFFERENT_ACTORS = -1.75;
	/* Casualty counts are a weak signal: each side counts its own dead, and the counts grow as the dead are found. */
	private static final double SIMILAR_TOLL = 0.75;
	private static final double ROUGHLY_SIMILAR_TOLL = 0.0;
	private static final double DIFFERENT_TOLL = -1.5;

	public PairScore score(ReportFeatures a, ReportFeatures b) {
		var time = time(a, b);
		var place = place(a, b);
		if (time == null || place == null) {
			var reasons = Stream.of(time == null ? timeApart(a, b) : null, place == null ? placeApart(a, b) : null)
				.filter(Objects::nonNull)
				.toList();
			return new PairScore(false, reasons.stream().mapToDouble(Factor::contribution).sum(), reasons);
		}
		var factors = new ArrayList<Factor>(5);
		factors.add(time);
		factors.add(place);
		factors.add(category(a, b));
		factors.add(actors(a, b));
		var toll = casualties(a.killed(), b.killed());
		if (toll != null) {
			factors.add(toll);
		}
		return new PairScore(true, factors.stream().mapToDouble(Factor::contribution).sum(), factors);
	}

	/**
	 * Time: how much of the narrower of the two widened windows (the stated window plus its precision's slack) the other
	 * shares. Sharing all of it counts as much as the wider window is specific: a lot for two times to the hour, less for
	 * two days, nothing for weeks; sharing little counts against. Windows that do not meet rule one event out.
	 */
	private static @Nullable Factor time(ReportFeatures a, ReportFeatures b) {
		long shared = sharedSeconds(a, b);
		if (shared <= 0) {
			return null;
		}
		long narrower = Math.min(widenedSeconds(a), widenedSeconds(b));
		long wider = Math.max(widenedSeconds(a), widenedSeconds(b));
		double share = (double) shared / narrower;
		double base = Math.clamp(TIME_SCALE * Math.log((double) TIME_UNINFORMATIVE.toSeconds() / wider), 0, TIME_MAXIMUM);
		var detail = share >= 0.999 ? "one window lies within the other; the wider spans " + words(Duration.ofSeconds(wider))
				: "the windows share " + words(Duration.ofSeconds(shared)) + " of the narrower one's "
						+ words(Duration.ofSeconds(narrower)) + "; the wider spans " + words(Duration.ofSeconds(wider));
		return new Factor("time", round(base * share - SHARE_PENALTY * (1 - share)), detail);
	}

	private static Factor timeApart(ReportFeatures a, ReportFeatures b) {
		long gap = -sharedSeconds(a, b);
		return new Factor("time", -SHARE_PENALTY, "the windows lie " + words(Duration.ofSeconds(gap))
				+ " apart even with the slack their precisions allow: not one event");
	}

	/** The time both widened windows cover; negative, the gap between them. */
	private static long sharedSeconds(ReportFeatures a, ReportFeatures b) {
		var start = a.reachFrom().isAfter(b.reachFrom()) ? a.reachFrom() : b.reachFrom();
		var end = a.reachTo().isBefore(b.reachTo()) ? a.reachTo() : b.reachTo();
		return Duration.between(start, end).toSeconds();
	}

	private static long widenedSeconds(ReportFeatures report) {
		return Duration.between(report.reachFrom(), report.reachTo()).toSeconds();
	}

	/**
	 * Place: a precision's radius is a bound, and most reports lie well within it, so what counts is how the distance
	 * compares with the error two reports this precise typically have between them — the log of how much likelier the
	 * distance is for one event than for two unrelated events of the region. Close points count even when both are vague
	 * (two reports placing an event in the same governorate's centre), but less than precise ones.
	 */
	private static @Nullable Factor place(ReportFeatures a, ReportFeatures b) {
		double distance = Geo.distanceMetres(a.point(), b.point());
		if (distance > allowedDistance(a, b)) {
			return null;
		}
		double typical = Math.hypot(typicalError(a), typicalError(b));
		double evidence = Math.log(PLACE_REGION_METRES * PLACE_REGION_METRES / (2 * typical * typical))
				- distance * distance / (2 * typical * typical);
		return new Factor("place", round(Math.clamp(PLACE_SCALE * evidence, -EDGE_PENALTY, PLACE_MAXIMUM)),
				metres(distance) + " apart; reports this precise (" + a.locationPrecision().name().toLowerCase(Locale.ROOT)
						+ " and " + b.locationPrecision().name().toLowerCase(Locale.ROOT) + ") typically lie within "
						+ metres(typical) + " of each other");
	}

	/** The error a report's location typically has: a third of its precision's radius, and never under a kilometre. */
	private static double typicalError(ReportFeatures report) {
		return Math.max(1_000, report.radiusMetres() / 3);
	}

	private static Factor placeApart(ReportFeatures a, ReportFeatures b) {
		return new Factor("place", -EDGE_PENALTY, metres(Geo.distanceMetres(a.point(), b.point())) + " apart, more than the "
				+ metres(allowedDistance(a, b)) + " their precisions allow: not one event");
	}

	private static double allowedDistance(ReportFeatures a, ReportFeatures b) {
		return a.radiusMetres() + b.radiusMetres() + PLACE_MARGIN_METRES;
	}

	private static Factor category(ReportFeatures a, ReportFeatures b) {
		var compatibility = CategoryCompatibility.of(a.category(), b.category());
		var detail = switch (compatibility) {
			case SAME -> "both " + a.category().code();
			case CLOSE -> a.category().code() + " and " + b.category().code() + ": often told apart differently by each side";
			case RELATED -> a.category().code() + " and " + b.category().code() + ": may be parts of one event";
			case UNRELATED -> a.category().code() + " and " + b.category().code() + ": hardly one event";
		};
		return new Factor("category", compatibility.weight(), detail);
	}

	private static Factor actors(ReportFeatures a, ReportFeatures b) {
		var named = named(a.perpetrator(), a.target());
		var otherNamed = named(b.perpetrator(), b.target());
		if (named.isEmpty() || otherNamed.isEmpty()) {
			return new Factor("actors", 0, "no actor named by " + (named.isEmpty() ? "this report" : "the other report"));
		}
		if (a.perpetrator() != null && a.target() != null && Objects.equals(a.perpetrator(), b.target())
				&& Objects.equals(a.target(), b.perpetrator())) {
			return new Factor("actors", SAME_ACTORS,
					"perpetrator and target swapped: each side accuses the other of the same fighting");
		}
		if (named.equals(otherNamed)) {
			return new Factor("actors", SAME_ACTORS, "the same actors" + (Objects.equals(a.perpetrator(), b.perpetrator())
					? " in the same roles" : ", named in different roles"));
		}
		if (named.containsAll(otherNamed) || otherNamed.containsAll(named)) {
			return new Factor("actors", CONSISTENT_ACTORS, "consistent: one report names only some of the other's actors");
		}
		var shared = new HashSet<>(named);
		shared.retainAll(otherNamed);
		return shared.isEmpty() ? new Factor("actors", DIFFERENT_ACTORS, "no actor in common")
				: new Factor("actors", OTHER_OPPONENT, "one actor in common, with different opponents");
	}

	private static Set<ActorId> named(@Nullable ActorId perpetrator, @Nullable ActorId target) {
		var named = new HashSet<ActorId>(2);
		if (perpetrator != null) {
			named.add(perpetrator);
		}
		if (target != null) {
			named.add(target);
		}
		return named;
	}

	/** Tolls count as similar within a quarter (or one), roughly similar within a half (or two). */
	private static @Nullable Factor casualties(@Nullable Integer a, @Nullable Integer b) {
		if (a == null || b == null) {
			return null;
		}
		int difference = Math.abs(a - b);
		int larger = Math.max(a, b);
		var counts = a + " and " + b + " killed";
		if (difference <= Math.max(1, larger / 4)) {
			return new Factor("casualties", SIMILAR_TOLL, counts + ": similar");
		}
		if (difference <= Math.max(2, larger / 2)) {
			return new Factor("casualties", ROUGHLY_SIMILAR_TOLL, counts + ": roughly similar");
		}
		return new Factor("casualties", DIFFERENT_TOLL, counts + ": far apart");
	}

	static String words(Duration duration) {
		if (duration.toDays() >= 2) {
			return duration.toDays() + " days";
		}
		if (duration.toHours() >= 2) {
			return duration.toHours() + " h";
		}
		return duration.toMinutes() >= 1 || duration.isZero() ? duration.toMinutes() + " min" : duration.toSeconds() + " s";
	}

	static String metres(double metres) {
		return metres < 1_000 ? Math.round(metres) + " m" : String.format(Locale.ROOT, "%.1f km", metres / 1_000);
	}

	static double round(double points) {
		return Math.round(points * 100) / 100.0;
	}
}
