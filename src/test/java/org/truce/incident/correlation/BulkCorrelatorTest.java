package org.truce.incident.correlation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.truce.core.DelegationCode;
import org.truce.core.GeoPoint;
import org.truce.incident.IncidentId;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.ReportId;
import org.truce.report.TimePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.incident.correlation.FeaturesBuilder.aReport;

class BulkCorrelatorTest {

	private static final Instant START = Instant.parse("2017-01-01T00:00:00Z");
	private static final TermFrequencies NO_TERMS = TermFrequencies.of(0, Map.of());

	private final CorrelationEngine engine = CorrelationEngine.standard();

	@Test
	void aLargeBatchIsComparedWithItsNeighboursNeverAllPairs() {
		var batch = synthetic(5_000, new Random(7));

		var placements = new BulkCorrelator(engine).correlate(List.of(), batch, NO_TERMS);

		assertThat(placements).hasSize(batch.size());
		long allPairs = (long) batch.size() * (batch.size() - 1) / 2;
		assertThat(engine.comparisons()).isPositive().isLessThan(allPairs / 100);
	}

	@Test
	void theIndexFindsEveryReportTheScorerWouldCompare() {
		var reports = synthetic(1_500, new Random(11));
		var index = new SpatioTemporalIndex();
		reports.forEach(index::add);
		var scorer = new PairScorer(PairModel.calibrated());
		for (var report : reports.subList(0, 200)) {
			var found = index.neighbours(report);
			for (var other : reports) {
				if (other != report && scorer.score(report, other, NO_TERMS).compatible()) {
					assertThat(found).as("neighbours of %s", report).contains(other);
				}
			}
		}
	}

	@Test
	void reportsWhoseTimeReachHasPassedLeaveTheIndex() {
		var index = new SpatioTemporalIndex();
		var early = aReport().build();
		index.add(early);

		index.evictReachingBefore(early.reachTo().plus(Duration.ofSeconds(1)));
		var later = aReport().later(Duration.ofDays(40)).build();
		index.add(later);

		assertThat(index.size()).isOne();
		assertThat(index.neighbours(aReport().later(Duration.ofDays(40)).build())).containsExactly(later);
	}

	@Test
	void reportsOfOneEventFormOneIncidentAndADistantOneItsOwn() {
		var first = aReport().killed(2).build();
		var second = aReport().later(Duration.ofMinutes(20)).north(500).killed(2).build();
		var elsewhere = aReport().later(Duration.ofMinutes(5)).north(50_000).build();

		var placements = new BulkCorrelator(engine).correlate(List.of(), List.of(elsewhere, second, first), NO_TERMS);

		assertThat(placements).extracting(BulkCorrelator.Placement::report).containsExactly(first, elsewhere, second);
		assertThat(placements.get(2).incident()).isEqualTo(placements.get(0).incident());
		assertThat(placements.get(1).incident()).isNotEqualTo(placements.get(0).incident());
		assertThat(placements.get(0).decision()).isInstanceOf(Decision.Open.class);
		assertThat(placements.get(2).decision()).isInstanceOf(Decision.Join.class);
	}

	@Test
	void aReportReadEarlyIsPlacedInTheLightOfThoseReadAfterIt() {
		// A vague report first, then two precise reports of each of two events it could belong to: it goes with the
		// event its toll and narrative agree with, whichever came first.
		var vague = aReport().onDay("2017-01-15").killed(12).narrative("market hit in Douma").build();
		var marketEvent = List.of(aReport().later(Duration.ofMinutes(10)).killed(12).narrative("strike on Douma market").build(),
				aReport().later(Duration.ofMinutes(30)).north(300).killed(11).narrative("Douma market shelled").build());
		var otherEvent = List.of(aReport().later(Duration.ofHours(6)).north(800).killed(1).narrative("checkpoint").build(),
				aReport().later(Duration.ofHours(6)).north(900).killed(1).narrative("checkpoint attacked").build());
		var batch = new ArrayList<ReportFeatures>(List.of(vague));
		batch.addAll(otherEvent);
		batch.addAll(marketEvent);
		var terms = TermFrequencies.counting(batch.stream().map(ReportFeatures::terms).toList());

		var placements = new BulkCorrelator(engine).correlate(List.of(), batch, terms);

		var incidentOf = new java.util.HashMap<ReportId, IncidentId>();
		placements.forEach(p -> incidentOf.put(p.report().id(), p.incident()));
		assertThat(incidentOf.get(vague.id())).isEqualTo(incidentOf.get(marketEvent.getFirst().id()))
			.isEqualTo(incidentOf.get(marketEvent.getLast().id()))
			.isNotEqualTo(incidentOf.get(otherEvent.getFirst().id()));
		assertThat(Set.copyOf(incidentOf.values())).hasSize(2);
	}

	@Test
	void aBatchJoinsIncidentsAlreadyRecordedAndLeavesTheirReportsWhereTheyAre() {
		var member = aReport().build();
		var recorded = new Candidate(IncidentId.random(), List.of(member));

		var placements = new BulkCorrelator(engine).correlate(List.of(recorded),
				List.of(aReport().later(Duration.ofMinutes(15)).build()), NO_TERMS);

		assertThat(placements).singleElement().satisfies(placement -> {
			assertThat(placement.incident()).isEqualTo(recorded.incident());
			assertThat(placement.decision()).isInstanceOf(Decision.Join.class);
		});
	}

	@Test
	void aLoneReportNearAnIncidentItDoesNotQuiteFitIsProposedForIt() {
		var recorded = new Candidate(IncidentId.random(), List.of(aReport().killed(2).build()));
		var lenient = new CorrelationEngine(PairModel.calibrated(), new Thresholds(0.99, 0.01));

		var placements = new BulkCorrelator(lenient).correlate(List.of(recorded),
				List.of(aReport().later(Duration.ofHours(1)).north(1_500).killed(3).build()), NO_TERMS);

		assertThat(placements).singleElement().satisfies(placement -> {
			assertThat(placement.incident()).isNotEqualTo(recorded.incident());
			assertThat(placement.decision()).isInstanceOfSatisfying(Decision.Propose.class,
					propose -> assertThat(propose.best().incident()).isEqualTo(recorded.incident()));
		});
	}

	/** Reports scattered over a country-sized box and three months, with every precision. */
	private static List<ReportFeatures> synthetic(int count, Random random) {
		var reports = new ArrayList<ReportFeatures>(count);
		var times = TimePrecision.values();
		var places = LocationPrecision.values();
		for (int i = 0; i < count; i++) {
			var from = START.plus(Duration.ofMinutes(random.nextInt(90 * 24 * 60)));
			var precision = random.nextDouble() < 0.8 ? times[random.nextInt(2)] : times[random.nextInt(times.length)];
			var span = switch (precision) {
				case EXACT -> Duration.ofMinutes(30);
				case DAY -> Duration.ofDays(1);
				case WEEK -> Duration.ofDays(7);
				case MONTH -> Duration.ofDays(30);
			};
			var place = random.nextDouble() < 0.8 ? places[random.nextInt(3)] : places[random.nextInt(places.length - 1)];
			reports.add(new ReportFeatures(ReportId.random(), new DelegationCode("D" + i), from, from.plus(span), precision,
					new GeoPoint(32.5 + random.nextDouble() * 4.5, 35.7 + random.nextDouble() * 6), place,
					Category.values()[random.nextInt(5)], null, null, random.nextInt(5), null, Set.of()));
		}
		return reports;
	}
}
