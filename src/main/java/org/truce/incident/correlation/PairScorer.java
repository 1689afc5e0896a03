package org.truce.incident.correlation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.incident.Factor;
import org.truce.report.LocationPrecision;
import org.truce.report.TimePrecision;

/**
 * Compares two reports factor by factor. Each factor measures how the reports agree — their time windows, their places
 * against what their precisions allow, categories, actors, tolls, who filed them, the words of their narratives — and
 * the {@link PairModel} turns the measures into log-odds points, so that the sum reads as evidence: above zero, the two
 * more likely describe one event than two. Reports whose windows do not meet, or whose places lie farther apart than
 * their precisions allow, cannot describe one event at all.
 */
public final class PairScorer {

	/** Added to the sum of two reports' location radii: points given as exact still stray by a kilometre or two. */
	public static final double PLACE_MARGIN_METRES = 2_000;
	/** What a pair that cannot be one event weighs: enough that no incident takes in both. */
	public static final double INCOMPATIBLE = -50;
	/** Beyond this, two exact times further apart say nothing more: they are of different events. */
	private static final double LONGEST_EXACT_GAP_HOURS = 4;
	private static final int SHARED_TERMS_SHOWN = 5;
	/** The factors measured on every pair that can be compared, each read against the average pair. */
	public static final List<String> CENTRED = List.of("time", "place", "category", "actors", "casualties");

	private final PairModel model;

	public PairScorer(PairModel model) {
		this.model = model;
	}

	public PairScore score(ReportFeatures a, ReportFeatures b, TermFrequencies terms) {
		var measures = measure(a, b, terms);
		if (measures == null) {
			var reasons = new ArrayList<Factor>(2);
			if (sharedSeconds(a, b) <= 0) {
				reasons.add(new Factor("time", INCOMPATIBLE, "the windows lie " + words(Duration.ofSeconds(-sharedSeconds(a, b)))
						+ " apart even with the slack their precisions allow: not one event"));
			}
			if (a.point().metresTo(b.point()) > allowedDistance(a, b)) {
				reasons.add(new Factor("place", reasons.isEmpty() ? INCOMPATIBLE : 0, metres(a.point().metresTo(b.point()))
						+ " apart, more than the " + metres(allowedDistance(a, b)) + " their precisions allow: not one event"));
			}
			return new PairScore(false, INCOMPATIBLE, reasons);
		}
		var factors = measures.stream()
			.map(measure -> new Factor(measure.factor(), round(weigh(measure) - centre(measure.factor())), measure.detail()))
			.toList();
		return new PairScore(true, factors.stream().mapToDouble(Factor::contribution).sum(), factors);
	}

	/**
	 * What a factor measured on every pair adds for the average pair compared, which its contribution is read against:
	 * the prior holds the sum of these, so that a factor's points say how this pair differs from the average one.
	 */
	private double centre(String factor) {
		return CENTRED.contains(factor) ? model.weight("centre." + factor) : 0;
	}

	private double weigh(Measure measure) {
		double points = 0;
		for (var feature : measure.features().entrySet()) {
			points += model.weight(feature.getKey()) * feature.getValue();
		}
		return points;
	}

	/**
	 * What the factors of two reports measure, before weighting: the features a model is calibrated on. None if the
	 * reports cannot describe one event.
	 */
	public static @Nullable List<Measure> measure(ReportFeatures a, ReportFeatures b, TermFrequencies terms) {
		if (sharedSeconds(a, b) <= 0 || a.point().metresTo(b.point()) > allowedDistance(a, b)) {
			return null;
		}
		var measures = new ArrayList<Measure>(9);
		measures.add(new Measure("prior", Map.of("prior", 1.0),
				"where a typical pair of reports near enough to compare stands; the factors below say how this pair differs"));
		measures.add(time(a, b));
		measures.add(place(a, b));
		measures.add(category(a, b));
		measures.add(actors(a, b));
		measures.add(casualties(a, b));
		var civilians = civilians(a, b);
		if (civilians != null) {
			measures.add(civilians);
		}
		if (a.source().equals(b.source())) {
			measures.add(new Measure("source", Map.of("source.same", 1.0), "both filed by " + a.source()
					+ ": a delegation files an event once and amends its report after, so two of its reports are two events"));
		}
		var narrative = narrative(a, b, terms);
		if (narrative != null) {
			measures.add(narrative);
		}
		return measures;
	}

	/** Every feature a model must weigh. */
	public static Set<String> featureNames() {
		var names = new LinkedHashSet<String>();
		names.add("prior");
		addPairs(names, "time", TimePrecision.values(), ".shared");
		names.add("time.exact-gap");
		addPairs(names, "place", PlaceClass.values(), ".distance");
		names.add("place.distance-squared");
		names.addAll(List.of("category.same", "category.close", "category.unrelated", "actors.same", "actors.consistent",
				"actors.other-opponent", "actors.different", "casualties.unknown", "casualties.ratio",
				"casualties.ratio-squared", "casualties.size", "civilians.ratio", "source.same", "narrative.similarity"));
		CENTRED.forEach(factor -> names.add("centre." + factor));
		return names;
	}

	/** Every unordered pair of the values, as a feature and with the suffix. */
	private static <E extends Enum<E>> void addPairs(Set<String> names, String factor, E[] values, String suffix) {
		for (int i = 0; i < values.length; i++) {
			for (int j = i; j < values.length; j++) {
				names.add(pair(factor, values[i], values[j]));
				names.add(pair(factor, values[i], values[j]) + suffix);
			}
		}
	}

	/** The feature of a pair of classes, the same whichever report comes first, e.g. {@code time.exact-day}. */
	private static <E extends Enum<E>> String pair(String factor, E a, E b) {
		var first = a.compareTo(b) <= 0 ? a : b;
		var second = first == a ? b : a;
		return factor + "." + first.name().toLowerCase(Locale.ROOT) + "-" + second.name().toLowerCase(Locale.ROOT);
	}

	/**
	 * Time: which precisions the two reports give and how much of the narrower widened window (the stated window plus its
	 * precision's slack) the other shares; two exact times are also judged by how far apart they are.
	 */
	private static Measure time(ReportFeatures a, ReportFeatures b) {
		long shared = sharedSeconds(a, b);
		long narrower = Math.min(widenedSeconds(a), widenedSeconds(b));
		long wider = Math.max(widenedSeconds(a), widenedSeconds(b));
		double share = Math.min(1, (double) shared / narrower);
		var pair = pair("time", a.timePrecision(), b.timePrecision());
		var features = new LinkedHashMap<String, Double>();
		features.put(pair, 1.0);
		features.put(pair + ".shared", share);
		var detail = share >= 0.999 ? "one window lies within the other; the wider spans " + words(Duration.ofSeconds(wider))
				: "the windows share " + words(Duration.ofSeconds(shared)) + " of the narrower one's "
						+ words(Duration.ofSeconds(narrower)) + "; the wider spans " + words(Duration.ofSeconds(wider));
		if (a.timePrecision() == TimePrecision.EXACT && b.timePrecision() == TimePrecision.EXACT) {
			var gap = Duration.between(a.from(), b.from()).abs();
			double hours = Math.min(LONGEST_EXACT_GAP_HOURS, gap.toSeconds() / 3_600.0);
			features.put("time.exact-gap", hours * hours);
			detail = "exact times " + words(gap) + " apart";
		}
		return new Measure("time", features, detail);
	}

	/** The time both widened windows cover; negative, the gap between them. */
	private static long sharedSeconds(ReportFeatures a, ReportFeatures b) {
		var start = a.reachFrom().isAfter(b.reachFrom()) ? a.reachFrom() : b.reachFrom();
		var end = a.reachTo().isBefore(b.reachTo()) ? a.reachTo() : b.reachTo();
		return Duration.between(start, end).toSeconds();
	}

	private static long widenedSeconds(ReportFeatures report) {
		return Math.max(1, Duration.between(report.reachFrom(), report.reachTo()).toSeconds());
	}

	/**
	 * Place: how precise the two locations are, and their distance measured in the error two reports this precise
	 * typically have between them.
	 */
	private static Measure place(ReportFeatures a, ReportFeatures b) {
		double distance = a.point().metresTo(b.point());
		double typical = Math.hypot(typicalError(a.locationPrecision()), typicalError(b.locationPrecision()));
		var pair = pair("place", PlaceClass.of(a.locationPrecision()), PlaceClass.of(b.locationPrecision()));
		double scaled = distance / typical;
		var features = Map.of(pair, 1.0, pair + ".distance", scaled, "place.distance-squared", scaled * scaled / 2);
		return new Measure("place", features, metres(distance) + " apart; reports this precise ("
				+ a.locationPrecision().name().toLowerCase(Locale.ROOT) + " and "
				+ b.locationPrecision().name().toLowerCase(Locale.ROOT) + ") typically lie within " + metres(typical)
				+ " of each other");
	}

	/** The error a location of this precision typically has: a sixth of its radius, between one and twelve kilometres. */
	static double typicalError(LocationPrecision precision) {
		return Math.clamp(precision.radiusMetres() / 6.0, 1_000, 12_000);
	}

	private static double allowedDistance(ReportFeatures a, ReportFeatures b) {
		return a.radiusMetres() + b.radiusMetres() + PLACE_MARGIN_METRES;
	}

	private static Measure category(ReportFeatures a, ReportFeatures b) {
		var compatibility = CategoryCompatibility.of(a.category(), b.category());
		return switch (compatibility) {
			case SAME -> new Measure("category", Map.of("category.same", 1.0), "both " + a.category().code());
			case CLOSE -> new Measure("category", Map.of("category.close", 1.0),
					a.category().code() + " and " + b.category().code() + ": often told apart differently by each side");
			case RELATED -> new Measure("category", Map.of(),
					a.category().code() + " and " + b.category().code() + ": may be parts of one event");
			case UNRELATED -> new Measure("category", Map.of("category.unrelated", 1.0),
					a.category().code() + " and " + b.category().code() + ": hardly one event");
		};
	}

	/**
	 * Actors: the same, or the roles swapped — the two sides of a clash each accuse the other — count as agreement; one
	 * actor in common with different opponents, or none in common, against.
	 */
	private static Measure actors(ReportFeatures a, ReportFeatures b) {
		var named = named(a.perpetrator(), a.target());
		var otherNamed = named(b.perpetrator(), b.target());
		if (named.isEmpty() || otherNamed.isEmpty()) {
			return new Measure("actors", Map.of(), "no actor named by " + (named.isEmpty() ? "this report" : "the other report"));
		}
		if (a.perpetrator() != null && a.target() != null && Objects.equals(a.perpetrator(), b.target())
				&& Objects.equals(a.target(), b.perpetrator())) {
			return new Measure("actors", Map.of("actors.same", 1.0),
					"perpetrator and target swapped: each side accuses the other of the same fighting");
		}
		if (named.equals(otherNamed)) {
			return new Measure("actors", Map.of("actors.same", 1.0), "the same actors"
					+ (Objects.equals(a.perpetrator(), b.perpetrator()) ? " in the same roles" : ", named in different roles"));
		}
		if (named.containsAll(otherNamed) || otherNamed.containsAll(named)) {
			return new Measure("actors", Map.of("actors.consistent", 1.0),
					"consistent: one report names only some of the other's actors");
		}
		var shared = new HashSet<>(named);
		shared.retainAll(otherNamed);
		return shared.isEmpty() ? new Measure("actors", Map.of("actors.different", 1.0), "no actor in common")
				: new Measure("actors", Map.of("actors.other-opponent", 1.0), "one actor in common, with different opponents");
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

	/**
	 * Casualties: how far apart the two tolls are, as the log of their ratio — each side counts its own dead, and counts
	 * grow as the dead are found, so tolls a little apart say little, tolls far apart a lot; large tolls that agree say more
	 * than small ones.
	 */
	private static Measure casualties(ReportFeatures a, ReportFeatures b) {
		if (a.killed() == null || b.killed() == null) {
			return new Measure("casualties", Map.of("casualties.unknown", 1.0),
					(a.killed() == null ? "this report" : "the other report") + " gives no toll");
		}
		double ratio = logRatio(a.killed(), b.killed());
		return new Measure("casualties", Map.of("casualties.ratio", ratio, "casualties.ratio-squared", ratio * ratio,
				"casualties.size", Math.log(Math.max(a.killed(), b.killed()) + 1.0)), a.killed() + " and " + b.killed() + " killed");
	}

	/** Who the dead were: how far apart the two reports' counts of civilians among them are. */
	private static @Nullable Measure civilians(ReportFeatures a, ReportFeatures b) {
		if (a.civilians() == null || b.civilians() == null || a.killed() == null || b.killed() == null || a.killed() == 0
				|| b.killed() == 0) {
			return null;
		}
		return new Measure("civilians", Map.of("civilians.ratio", logRatio(a.civilians(), b.civilians())),
				a.civilians() + " and " + b.civilians() + " civilians among the dead");
	}

	private static double logRatio(int a, int b) {
		return Math.abs(Math.log((a + 1.0) / (b + 1.0)));
	}

	/** The narratives: how much of their telling words — names, weapons, targets — they share, rare words counting most. */
	private static @Nullable Measure narrative(ReportFeatures a, ReportFeatures b, TermFrequencies terms) {
		if (a.terms().isEmpty() || b.terms().isEmpty()) {
			return null;
		}
		double similarity = terms.similarity(a.terms(), b.terms());
		var shared = a.terms().stream()
			.filter(b.terms()::contains)
			.sorted(Comparator.comparingDouble(terms::weight).reversed().thenComparing(Comparator.naturalOrder()))
			.limit(SHARED_TERMS_SHOWN)
			.collect(Collectors.joining(", "));
		var detail = shared.isEmpty() ? "the narratives share no telling word"
				: String.format(Locale.ROOT, "the narratives share %s (similarity %.2f)", shared, similarity);
		return new Measure("narrative", Map.of("narrative.similarity", similarity), detail);
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

	/** One factor of a pair as measured: the values of its features and what was found, in words, before weighting. */
	public record Measure(String factor, Map<String, Double> features, String detail) {

		public Measure {
			features = Map.copyOf(features);
		}
	}

	/** How precisely a report is placed, as the scorer distinguishes it. */
	enum PlaceClass {
		PRECISE, NEAR, VAGUE;

		static PlaceClass of(LocationPrecision precision) {
			return switch (precision) {
				case EXACT, SETTLEMENT -> PRECISE;
				case NEAR -> NEAR;
				case SUB_DISTRICT, DISTRICT, GOVERNORATE, COUNTRY -> VAGUE;
			};
		}
	}
}
