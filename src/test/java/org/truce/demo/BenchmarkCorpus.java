package org.truce.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.core.DelegationCode;
import org.truce.core.GeoPoint;
import org.truce.incident.correlation.NarrativeTerms;
import org.truce.incident.correlation.ReportFeatures;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.ReportId;
import org.truce.report.TimePrecision;

/**
 * The correlation benchmark's labelled corpus: for each real UCDP GED event of the scenario, one to four reports by
 * different delegations, each as that delegation would file it — its own time precision and a time within it, a point
 * jittered by a few kilometres with its own location precision, now and then another plausible category, the
 * perpetrator and target as its side alleges them (swapped between the government's side and the opposition's, at
 * times unknown), its own count of the dead and of the civilians among them, and its own wording of what happened
 * ({@link BenchmarkNarratives}). The label of each report is its event. Events the dataset records close together in time and place stay distinct events: that is what the engine
 * must not merge. Seeded, so a seed always gives the same corpus.
 */
final class BenchmarkCorpus {

	private static final DelegationCode GOVERNMENT = ReferenceScenario.GOVERNMENT;
	private static final DelegationCode OPPOSITION = ReferenceScenario.OPPOSITION;
	private static final DelegationCode MONITORS = ReferenceScenario.MONITORS;
	private static final List<DelegationCode> GUARANTORS = List.of(ReferenceScenario.RUSSIA, ReferenceScenario.TURKEY,
			ReferenceScenario.IRAN);

	/** The side each delegation takes: Russia and Iran back the government, Turkey the opposition; monitors none. */
	private static final Map<DelegationCode, Integer> SIDE = Map.of(GOVERNMENT, GedReportMapping.GOVERNMENT_OF_SYRIA,
			ReferenceScenario.RUSSIA, GedReportMapping.GOVERNMENT_OF_SYRIA, ReferenceScenario.IRAN,
			GedReportMapping.GOVERNMENT_OF_SYRIA, OPPOSITION, GedReportMapping.SYRIAN_INSURGENTS, ReferenceScenario.TURKEY,
			GedReportMapping.SYRIAN_INSURGENTS);

	/** Another category a delegation might plausibly give the same event. */
	private static final Map<Category, List<Category>> ALTERNATIVES = Map.of(
			Category.AIR_DRONE_STRIKE, List.of(Category.SHELLING_ARTILLERY_MISSILE_ATTACK, Category.ATTACK_ON_PROTECTED_SITE),
			Category.SHELLING_ARTILLERY_MISSILE_ATTACK, List.of(Category.AIR_DRONE_STRIKE, Category.ARMED_CLASH,
					Category.HEAVY_WEAPONS_OUTSIDE_LINES),
			Category.ARMED_CLASH, List.of(Category.SHELLING_ARTILLERY_MISSILE_ATTACK, Category.GOVERNMENT_REGAINS_TERRITORY,
					Category.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
			Category.ATTACK, List.of(Category.AIR_DRONE_STRIKE, Category.SHELLING_ARTILLERY_MISSILE_ATTACK),
			Category.REMOTE_EXPLOSIVE_LANDMINE_IED, List.of(Category.SUICIDE_BOMB, Category.SHELLING_ARTILLERY_MISSILE_ATTACK),
			Category.SUICIDE_BOMB, List.of(Category.REMOTE_EXPLOSIVE_LANDMINE_IED));

	/** The perpetrator of a report that names none: no UCDP actor has this id. */
	private static final int UNNAMED = -1;

	private final Random random;
	private final Noise noise;
	private final BenchmarkNarratives narratives;

	private BenchmarkCorpus(long seed, Noise noise, BenchmarkNarratives.Wording wording) {
		this.random = new Random(seed);
		this.noise = noise;
		this.narratives = new BenchmarkNarratives(new Random(~seed), wording);
	}

	/** The corpus of all GED events of the scenario, with narratives. */
	static List<LabelledReport> generate(long seed, Noise noise) {
		return generate(seed, noise, BenchmarkNarratives.Wording.FULL, Integer.MAX_VALUE);
	}

	/**
	 * The corpus of the first events of the scenario, in the dataset's (date) order. The wording changes the narratives
	 * only: the same seed and noise give the same reports otherwise.
	 */
	static List<LabelledReport> generate(long seed, Noise noise, BenchmarkNarratives.Wording wording, int events) {
		var corpus = new BenchmarkCorpus(seed, noise, wording);
		var reports = new ArrayList<LabelledReport>();
		DataFiles.csv(DataFiles.GED_EVENTS).stream().limit(events).map(GedEvent::of).forEach(event -> corpus.reportsOf(event, reports));
		return reports;
	}

	private void reportsOf(GedEvent event, List<LabelledReport> into) {
		var reporters = new ArrayList<>(plausibleReporters(event));
		Collections.shuffle(reporters, random);
		double draw = random.nextDouble();
		int count = draw < 0.20 ? 1 : draw < 0.55 ? 2 : draw < 0.85 ? 3 : 4;
		// When in its day the event happened: those who give an exact time give one near it.
		var timeOfDay = LocalTime.of(6, 0).plusMinutes(random.nextInt(14 * 60));
		for (var reporter : reporters.subList(0, Math.min(count, reporters.size()))) {
			into.add(new LabelledReport(event.id(), reporter, report(event, reporter, timeOfDay)));
		}
	}

	private static List<DelegationCode> plausibleReporters(GedEvent event) {
		var reporters = new ArrayList<DelegationCode>(GUARANTORS);
		reporters.add(MONITORS);
		if (event.involves(GedReportMapping.GOVERNMENT_OF_SYRIA)) {
			reporters.add(GOVERNMENT);
		}
		if (event.involves(GedReportMapping.SYRIAN_INSURGENTS)) {
			reporters.add(OPPOSITION);
		}
		return reporters;
	}

	private ReportFeatures report(GedEvent event, DelegationCode reporter, LocalTime timeOfDay) {
		var when = when(event, timeOfDay);
		var where = where(event);
		var side = SIDE.get(reporter);
		int perpetrator = event.sideAId();
		int target = event.sideBId();
		if (side != null && event.involves(side) && event.typeOfViolence() != 3) {
			// A side alleges the other side's attack on itself.
			perpetrator = event.sideAId() == side ? event.sideBId() : event.sideAId();
			target = side;
		}
		var toll = toll(event, side != null && target == side && (reporter.equals(GOVERNMENT) || reporter.equals(OPPOSITION)));
		var id = new ReportId(new UUID(random.nextLong(), random.nextLong()));
		var category = category(event);
		var perpetratorNamed = random.nextDouble() < 0.12 ? null : actor(perpetrator);
		var targetNamed = random.nextDouble() < 0.12 ? null : actor(target);
		var narrative = narratives.narrative(event, reporter, perpetratorNamed == null ? UNNAMED : perpetrator, category,
				toll.killed(), toll.civilians(), timeOfDay);
		return new ReportFeatures(id, reporter, when.from(), when.to(), when.precision(), where.point(), where.precision(),
				category, perpetratorNamed, targetNamed, toll.killed(), toll.civilians(), NarrativeTerms.of(narrative));
	}

	/**
	 * The dead as a reporter counts them: unknown one time in five, otherwise GED's toll with a log-normal error of 30%;
	 * how many of them were civilians unknown one time in three, otherwise GED's count with its own error — and a party
	 * reporting an attack on its own side calls all its dead civilians one time in four.
	 */
	private Toll toll(GedEvent event, boolean partyAttacked) {
		if (random.nextDouble() < 0.2) {
			return new Toll(null, null);
		}
		int killed = (int) Math.round(event.best() * Math.exp(random.nextGaussian() * 0.3));
		if (random.nextDouble() < 1 / 3.0) {
			return new Toll(killed, null);
		}
		int civilians = partyAttacked && random.nextDouble() < 0.25 ? killed
				: (int) Math.round(Math.min(event.deathsCivilians(), event.best()) * Math.exp(random.nextGaussian() * 0.3));
		return new Toll(killed, Math.min(killed, civilians));
	}

	private When when(GedEvent event, LocalTime timeOfDay) {
		long days = ChronoUnit.DAYS.between(event.dateStart(), event.dateEnd()) + 1;
		var day = event.dateStart().plusDays(random.nextLong(days));
		double draw = random.nextDouble() * (noise == Noise.PRECISE ? 0.85 : 1);
		if (days > 1 && draw < 0.5) {
			return window(event.dateStart(), event.dateEnd(), days <= 7 ? TimePrecision.WEEK : TimePrecision.MONTH);
		}
		if (draw < 0.30) {
			var start = day.atTime(timeOfDay).toInstant(ZoneOffset.UTC).plus(Duration.ofMinutes(random.nextInt(91) - 45));
			return new When(start, start.plus(Duration.ofMinutes(10 + random.nextInt(50))), TimePrecision.EXACT);
		}
		if (draw < 0.85) {
			// Now and then a report dates the event to the day it was reported, the day after.
			var reported = noise == Noise.FULL && random.nextDouble() < 0.05 ? day.plusDays(1) : day;
			return window(reported, reported, TimePrecision.DAY);
		}
		if (draw < 0.97) {
			var weekStart = day.minusDays(random.nextInt(7));
			return window(weekStart, weekStart.plusDays(6), TimePrecision.WEEK);
		}
		return window(day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()), TimePrecision.MONTH);
	}

	private static When window(LocalDate first, LocalDate last, TimePrecision precision) {
		return new When(first.atStartOfDay().toInstant(ZoneOffset.UTC),
				last.atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC), precision);
	}

	/** A precision in keeping with how precisely GED places the event, and a point that many kilometres off. */
	private Where where(GedEvent event) {
		double draw = random.nextDouble() * (noise == Noise.PRECISE ? 0.8 : 1);
		var precision = switch (event.wherePrecision()) {
			case 1 -> draw < 0.35 ? LocationPrecision.EXACT : draw < 0.80 ? LocationPrecision.SETTLEMENT
					: draw < 0.95 ? LocationPrecision.NEAR : LocationPrecision.SUB_DISTRICT;
			case 2, 5 -> draw < 0.2 ? LocationPrecision.SETTLEMENT : draw < 0.8 ? LocationPrecision.NEAR : LocationPrecision.SUB_DISTRICT;
			case 3 -> draw < 0.7 ? LocationPrecision.DISTRICT : LocationPrecision.SUB_DISTRICT;
			case 4 -> LocationPrecision.GOVERNORATE;
			default -> draw < 0.5 ? LocationPrecision.GOVERNORATE : LocationPrecision.COUNTRY;
		};
		double jitterMetres = switch (precision) {
			case EXACT -> 1_500;
			case SETTLEMENT -> 3_000;
			case NEAR -> 8_000;
			case SUB_DISTRICT, DISTRICT -> 15_000;
			case GOVERNORATE, COUNTRY -> 25_000;
		};
		double distance = random.nextDouble() * jitterMetres;
		double bearing = random.nextDouble() * 2 * Math.PI;
		double lat = event.lat() + distance * Math.cos(bearing) / 111_320;
		double lon = event.lon() + distance * Math.sin(bearing) / (111_320 * Math.cos(Math.toRadians(event.lat())));
		return new Where(new GeoPoint(lat, lon), precision);
	}

	private Category category(GedEvent event) {
		var category = GedReportMapping.category(event);
		var alternatives = ALTERNATIVES.get(category);
		if (alternatives != null && random.nextDouble() < 0.25) {
			return alternatives.get(random.nextInt(alternatives.size()));
		}
		return category;
	}

	/** The benchmark's stand-in for the registry's actor of a UCDP id; civilians are no actor. */
	private static @Nullable ActorId actor(int ucdpId) {
		return ucdpId == GedReportMapping.CIVILIANS ? null
				: new ActorId(UUID.nameUUIDFromBytes(("ucdp-actor:" + ucdpId).getBytes(StandardCharsets.UTF_8)));
	}

	/**
	 * How vague the reports are: {@code FULL} as described above; {@code PRECISE} as if every delegation gave the day (or
	 * the hour), never a day late, and the most precise places GED allows — the corpus that shows what vague reports cost.
	 */
	enum Noise {
		FULL, PRECISE
	}

	/** A report of the corpus, labelled with the GED event it describes. */
	record LabelledReport(long eventId, DelegationCode reporter, ReportFeatures features) {
	}

	private record When(Instant from, Instant to, TimePrecision precision) {
	}

	private record Where(GeoPoint point, LocationPrecision precision) {
	}

	private record Toll(@Nullable Integer killed, @Nullable Integer civilians) {
	}
}
