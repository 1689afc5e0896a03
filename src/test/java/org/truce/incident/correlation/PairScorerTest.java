package org.truce.incident.correlation;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.truce.agreement.ActorId;
import org.truce.incident.Factor;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.TimePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.incident.correlation.FeaturesBuilder.aReport;

class PairScorerTest {

	private static final ActorId GOVERNMENT = new ActorId(UUID.randomUUID());
	private static final ActorId OPPOSITION = new ActorId(UUID.randomUUID());
	private static final ActorId ISIL = new ActorId(UUID.randomUUID());

	private final PairScorer scorer = new PairScorer();

	@Test
	void twoPartiesAccusingEachOtherOfOneClashHalfAnHourAndAKilometreApartScoreHigh() {
		var byGovernment = aReport().alleging(OPPOSITION, GOVERNMENT).killed(3).build();
		var byOpposition = aReport().later(Duration.ofMinutes(30)).north(1_000).alleging(GOVERNMENT, OPPOSITION).killed(4).build();

		var score = scorer.score(byGovernment, byOpposition);

		assertThat(score.compatible()).isTrue();
		assertThat(factor(score, "actors").detail()).contains("swapped");
		assertThat(factor(score, "actors").contribution()).isPositive();
		assertThat(score.weight()).isGreaterThan(CorrelationEngine.EVEN_WEIGHT + 3);
		assertThat(score.weight()).isEqualTo(score.factors().stream().mapToDouble(Factor::contribution).sum());
	}

	@Test
	void swappedRolesCountExactlyAsTheSameRoles() {
		var report = aReport().alleging(OPPOSITION, GOVERNMENT).build();

		var swapped = scorer.score(report, aReport().alleging(GOVERNMENT, OPPOSITION).build());
		var same = scorer.score(report, aReport().alleging(OPPOSITION, GOVERNMENT).build());

		assertThat(factor(swapped, "actors").contribution()).isEqualTo(factor(same, "actors").contribution());
	}

	@Test
	void differentActorsCountAgainstAndUnknownOnesCountNothing() {
		var report = aReport().alleging(GOVERNMENT, OPPOSITION).build();

		assertThat(factor(scorer.score(report, aReport().alleging(ISIL, null).build()), "actors").contribution()).isNegative();
		assertThat(factor(scorer.score(report, aReport().alleging(GOVERNMENT, ISIL).build()), "actors").detail())
			.contains("different opponents");
		var unknown = factor(scorer.score(report, aReport().build()), "actors");
		assertThat(unknown.contribution()).isZero();
		assertThat(unknown.detail()).contains("no actor named");
	}

	@Test
	void exactTimesAHalfHourApartMatchBetterThanDaysAndWeeksThatMerelyContainEachOther() {
		var exact = aReport().build();
		var halfHourLater = scorer.score(exact, aReport().later(Duration.ofMinutes(30)).build());
		var sameDay = scorer.score(exact, aReport().onDay("2017-01-15").build());
		var sameWeek = scorer.score(exact, aReport()
			.between(Instant.parse("2017-01-12T00:00:00Z"), Instant.parse("2017-01-18T23:59:59Z"), TimePrecision.WEEK)
			.build());

		assertThat(factor(halfHourLater, "time").contribution()).isGreaterThan(factor(sameDay, "time").contribution());
		assertThat(factor(sameDay, "time").contribution()).isGreaterThan(factor(sameWeek, "time").contribution());
		assertThat(factor(sameWeek, "time").contribution()).isZero();
	}

	@Test
	void windowsThatDoNotMeetEvenWithTheirPrecisionsSlackRuleOneEventOut() {
		var daysApart = scorer.score(aReport().onDay("2017-01-15").build(), aReport().onDay("2017-01-17").build());
		var adjacentDays = scorer.score(aReport().onDay("2017-01-15").build(), aReport().onDay("2017-01-16").build());

		assertThat(daysApart.compatible()).isFalse();
		assertThat(factor(daysApart, "time").detail()).contains("not one event");
		assertThat(adjacentDays.compatible()).isTrue();
		assertThat(factor(adjacentDays, "time").contribution()).isNegative();
	}

	@Test
	void distanceIsJudgedByTheLocationPrecisions() {
		var exact = aReport().build();
		var near = scorer.score(exact, aReport().north(800).build());
		var farForExact = scorer.score(exact, aReport().north(5_000).build());
		var withinAVagueOne = scorer.score(exact, aReport().at(FeaturesBuilder.DOUMA, LocationPrecision.NEAR).north(5_000).build());

		assertThat(factor(near, "place").contribution()).isGreaterThan(2);
		assertThat(farForExact.compatible()).isFalse();
		assertThat(factor(farForExact, "place").detail()).contains("5.0 km apart", "not one event");
		assertThat(withinAVagueOne.compatible()).isTrue();
		assertThat(factor(withinAVagueOne, "place").detail()).contains("exact and near");
	}

	@Test
	void categoriesCountBySimilarity() {
		var shelling = aReport().build();

		assertThat(factor(scorer.score(shelling, aReport().build()), "category").contribution())
			.isGreaterThan(factor(scorer.score(shelling, aReport().category(Category.AIR_DRONE_STRIKE).build()), "category")
				.contribution());
		assertThat(factor(scorer.score(shelling, aReport().category(Category.PEACEFUL_PROTEST).build()), "category")
			.contribution()).isNegative();
	}

	@Test
	void casualtiesAreAWeakSignalAndOnlyWhenBothReportsCount() {
		var three = aReport().killed(3).build();

		assertThat(factor(scorer.score(three, aReport().killed(4).build()), "casualties").detail()).endsWith("similar");
		assertThat(factor(scorer.score(three, aReport().killed(40).build()), "casualties").contribution()).isNegative();
		assertThat(scorer.score(three, aReport().build()).factors()).extracting(Factor::factor).doesNotContain("casualties");
		assertThat(Math.abs(factor(scorer.score(three, aReport().killed(40).build()), "casualties").contribution()))
			.isLessThan(factor(scorer.score(three, aReport().build()), "place").contribution());
	}

	static Factor factor(PairScore score, String name) {
		return score.factors().stream().filter(f -> f.factor().equals(name)).findFirst().orElseThrow();
	}
}
