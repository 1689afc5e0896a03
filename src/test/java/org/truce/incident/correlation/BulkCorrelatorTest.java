package org.truce.incident.correlation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.truce.core.GeoPoint;
import org.truce.incident.IncidentId;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.ReportId;
import org.truce.report.TimePrecision;

import static org.assertj.core.api.Assertions.assertThat;

class BulkCorrelatorTest {

	private static final Instant START = Instant.parse("2017-01-01T00:00:00Z");

	@Test
	void aLargeBatchIsComparedWithItsNeighboursNeverAllPairs() {
		var batch = synthetic(5_000, new Random(7));
		var engine = new CorrelationEngine(Thresholds.DEFAULT);

		var placements = new BulkCorrelator(engine).correlate(List.of(), batch);

		assertThat(placements).hasSize(batch.size());
		long allPairs = (long) batch.size() * (batch.size() - 1) / 2;
		assertThat(engine.comparisons()).isPositive().isLessThan(allPairs / 100);
	}

	@Test
	void theIndexFindsEveryIncidentWithAReportTheScorerWouldCompare() {
		var reports = synthetic(1_500, new Random(11));
		var index = new SpatioTemporalIndex();
		var incidentOf = new java.util.HashMap<ReportId, IncidentId>();
		for (var report : reports) {
			var incident = IncidentId.random();
			index.add(report, incident);
			incidentOf.put(report.id(), incident);
		}
		var scorer = new PairScorer();
		for (var report : reports.subList(0, 200)) {
			var found = index.candidates(report).stream().map(Candidate::incident).toList();
			for (var other : reports) {
				if (scorer.score(report, other).compatible()) {
					assertThat(found).as("candidates of %s", report).contains(incidentOf.get(other.id()));
				}
			}
		}
	}

	@Test
	void reportsWhoseTimeReachHasPassedLeaveTheSpatialIndexButStayMembers() {
		var index = new SpatioTemporalIndex();
		var early = FeaturesBuilder.aReport().build();
		var incident = IncidentId.random();
		index.add(early, incident);

		index.evictReachingBefore(early.reachTo().plus(Duration.ofSeconds(1)));
		var later = FeaturesBuilder.aReport().later(Duration.ofDays(40)).build();
		index.add(later, incident);

		assertThat(index.size()).isOne();
		assertThat(index.candidates(FeaturesBuilder.aReport().later(Duration.ofDays(40)).build()))
			.singleElement()
			.satisfies(candidate -> assertThat(candidate.members()).containsExactly(early, later));
	}

	@Test
	void reportsOfOneEventFormOneIncidentAndADistantOneItsOwn() {
		var first = FeaturesBuilder.aReport().killed(2).build();
		var second = FeaturesBuilder.aReport().later(Duration.ofMinutes(20)).north(500).killed(2).build();
		var elsewhere = FeaturesBuilder.aReport().later(Duration.ofMinutes(5)).north(50_000).build();

		var placements = new BulkCorrelator(new CorrelationEngine(Thresholds.DEFAULT)).correlate(List.of(),
				List.of(elsewhere, second, first));

		assertThat(placements).extracting(BulkCorrelator.Placement::report).containsExactly(first, elsewhere, second);
		assertThat(placements.get(2).incident()).isEqualTo(placements.get(0).incident());
		assertThat(placements.get(1).incident()).isNotEqualTo(placements.get(0).incident());
		assertThat(placements.get(2).decision()).isInstanceOf(Decision.Join.class);
	}

	@Test
	void aBatchJoinsIncidentsAlreadyRecorded() {
		var recorded = new Candidate(IncidentId.random(), List.of(FeaturesBuilder.aReport().build()));

		var placements = new BulkCorrelator(new CorrelationEngine(Thresholds.DEFAULT)).correlate(List.of(recorded),
				List.of(FeaturesBuilder.aReport().later(Duration.ofMinutes(15)).build()));

		assertThat(placements.getFirst().incident()).isEqualTo(recorded.incident());
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
			reports.add(new ReportFeatures(ReportId.random(), from, from.plus(span), precision,
					new GeoPoint(32.5 + random.nextDouble() * 4.5, 35.7 + random.nextDouble() * 6), place,
					Category.values()[random.nextInt(5)], null, null, random.nextInt(5)));
		}
		return reports;
	}
}
