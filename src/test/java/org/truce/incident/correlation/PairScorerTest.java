package org.truce.incident.correlation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.truce.agreement.ActorId;
import org.truce.core.DelegationCode;
import org.truce.incident.Factor;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.TimePrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.truce.incident.correlation.FeaturesBuilder.aReport;

class PairScorerTest {

	private static final ActorId GOVERNMENT = new ActorId(UUID.randomUUID());
	private static final ActorId OPPOSITION = new ActorId(UUID.randomUUID());
	private static final ActorId ISIL = new ActorId(UUID.randomUUID());
	private static final TermFrequencies NO_TERMS = TermFrequencies.of(0, Map.of());

	private final PairScorer scorer = new PairScorer(PairModel.calibrated());

	@Test
	void twoPartiesAccusingEachOtherOfOneClashHalfAnHourAndAKilometreApartScoreHigh() {
		var byGovernment = aReport().alleging(OPPOSITION, GOVERNMENT).killed(3).build();
		var byOpposition = aReport().later(Duration.ofMinutes(30)).north(1_000).alleging(GOVERNMENT, OPPOSITION).killed(4).build();

		var score = score(byGovernment, byOpposition);

		assertThat(score.compatible()).isTrue();
		assertThat(factor(score, "actors").detail()).contains("swapped");
		assertThat(score.weight()).isGreaterThan(3);
		assertThat(score.weight()).isCloseTo(score.factors().stream().mapToDouble(Factor::contribution).sum(), within(1e-9));
	}

	@Test
	void theFactorsReadAgainstATypicalPairAndAddUpToTheWeight() {
		var near = aReport().onDay("2017-01-15").at(FeaturesBuilder.DOUMA, LocationPrecision.NEAR);
		var score = score(near.build(), near.north(20_000).category(Category.ARMED_CLASH).build());

		assertThat(score.factors()).extracting(Factor::factor).startsWith("prior", "time", "place", "category", "actors",
				"casualties");
		assertThat(factor(score, "prior").contribution()).isNegative();
		assertThat(score.weight()).isNegative();
	}

	@Test
	void swappedRolesCountExactlyAsTheSameRoles() {
		var report = aReport().alleging(OPPOSITION, GOVERNMENT).build();

		var swapped = score(report, aReport().alleging(GOVERNMENT, OPPOSITION).build());
		var same = score(report, aReport().alleging(OPPOSITION, GOVERNMENT).build());

		assertThat(factor(swapped, "actors").contribution()).isEqualTo(factor(same, "actors").contribution());
	}

	@Test
	void differentActorsCountAgainstOneEventAndDifferentOpponentsMost() {
		var report = aReport().alleging(GOVERNMENT, OPPOSITION).build();

		var same = factor(score(report, aReport().alleging(GOVERNMENT, OPPOSITION).build()), "actors");
		var unknown = factor(score(report, aReport().build()), "actors");
		var noneInCommon = factor(score(report, aReport().alleging(ISIL, null).build()), "actors");
		var otherOpponent = factor(score(report, aReport().alleging(GOVERNMENT, ISIL).build()), "actors");

		// Agreeing says little where most events pit the same two sides against each other; disagreeing says a lot.
		assertThat(unknown.detail()).contains("no actor named");
		assertThat(same.contribution()).isGreaterThan(noneInCommon.contribution());
		assertThat(unknown.contribution()).isGreaterThan(noneInCommon.contribution());
		assertThat(noneInCommon.contribution()).isGreaterThan(otherOpponent.contribution());
		assertThat(otherOpponent.detail()).contains("different opponents");
	}

	@Test
	void exactTimesAHalfHourApartMatchBetterThanDaysAndWeeksThatMerelyContainEachOther() {
		var exact = aReport().build();
		var halfHourLater = score(exact, aReport().later(Duration.ofMinutes(30)).build());
		var threeHoursLater = score(exact, aReport().later(Duration.ofHours(3)).build());
		var sameDay = score(exact, aReport().onDay("2017-01-15").build());
		var sameWeek = score(exact, aReport()
			.between(Instant.parse("2017-01-12T00:00:00Z"), Instant.parse("2017-01-18T23:59:59Z"), TimePrecision.WEEK)
			.build());

		assertThat(factor(halfHourLater, "time").contribution()).isGreaterThan(factor(sameDay, "time").contribution());
		assertThat(factor(halfHourLater, "time").contribution()).isGreaterThan(factor(threeHoursLater, "time").contribution());
		assertThat(factor(halfHourLater, "time").detail()).contains("exact times 30 min apart");
		assertThat(factor(sameDay, "time").contribution()).isGreaterThan(factor(sameWeek, "time").contribution());
	}

	@Test
	void windowsThatDoNotMeetEvenWithTheirPrecisionsSlackRuleOneEventOut() {
		var daysApart = score(aReport().onDay("2017-01-15").build(), aReport().onDay("2017-01-17").build());
		var adjacentDays = score(aReport().onDay("2017-01-15").build(), aReport().onDay("2017-01-16").build());
		var sameDay = score(aReport().onDay("2017-01-15").build(), aReport().onDay("2017-01-15").build());

		assertThat(daysApart.compatible()).isFalse();
		assertThat(daysApart.weight()).isEqualTo(PairScorer.INCOMPATIBLE);
		assertThat(factor(daysApart, "time").detail()).contains("not one event");
		assertThat(adjacentDays.compatible()).isTrue();
		assertThat(factor(adjacentDays, "time").contribution()).isLessThan(factor(sameDay, "time").contribution());
	}

	@Test
	void distanceIsJudgedByTheLocationPrecisions() {
		var exact = aReport().build();
		var close = score(exact, aReport().north(800).build());
		var fartherApart = score(exact, aReport().north(4_000).build());
		var farForExact = score(exact, aReport().north(5_000).build());
		var withinAVagueOne = score(exact, aReport().at(FeaturesBuilder.DOUMA, LocationPrecision.NEAR).north(5_000).build());

		assertThat(factor(close, "place").contribution()).isGreaterThan(factor(fartherApart, "place").contribution());
		assertThat(farForExact.compatible()).isFalse();
		assertThat(factor(farForExact, "place").detail()).contains("5.0 km apart", "not one event");
		assertThat(withinAVagueOne.compatible()).isTrue();
		assertThat(factor(withinAVagueOne, "place").detail()).contains("exact and near");
	}

	@Test
	void categoriesCountBySimilarity() {
		var shelling = aReport().build();

		var same = factor(score(shelling, aReport().build()), "category").contribution();
		var related = factor(score(shelling, aReport().category(Category.ARMED_CLASH).build()), "category").contribution();
		var unrelated = factor(score(shelling, aReport().category(Category.PEACEFUL_PROTEST).build()), "category").contribution();

		assertThat(same).isGreaterThan(related);
		assertThat(related).isGreaterThan(unrelated);
	}

	@Test
	void tollsCountByHowFarApartTheyAreAndOnlyWhenBothReportsCount() {
		var three = aReport().killed(3).build();

		var four = factor(score(three, aReport().killed(4).build()), "casualties");
		var forty = factor(score(three, aReport().killed(40).build()), "casualties");
		var unknown = factor(score(three, aReport().build()), "casualties");

		assertThat(four.detail()).isEqualTo("3 and 4 killed");
		assertThat(four.contribution()).isGreaterThan(forty.contribution());
		assertThat(unknown.detail()).contains("gives no toll");
		assertThat(unknown.contribution()).isGreaterThan(forty.contribution());
	}

	@Test
	void civiliansAmongTheDeadCountOnlyWhenBothReportsSay() {
		var fourCivilians = aReport().killed(4, 4).build();

		assertThat(factor(score(fourCivilians, aReport().killed(4, 0).build()), "civilians").contribution()).isNegative();
		assertThat(score(fourCivilians, aReport().killed(4).build()).factors()).extracting(Factor::factor)
			.doesNotContain("civilians");
	}

	@Test
	void twoReportsOfOneDelegationAreTwoEvents() {
		var opposition = new DelegationCode("SYO");

		var score = score(aReport().filedBy(opposition).build(), aReport().filedBy(opposition).build());

		assertThat(factor(score, "source").contribution()).isLessThan(-5);
		assertThat(factor(score, "source").detail()).contains("both filed by SYO");
		assertThat(score(aReport().build(), aReport().build()).factors()).extracting(Factor::factor).doesNotContain("source");
	}

	@Test
	void narrativesSharingRareWordsCountForOneEventAndCommonWordsLittle() {
		var frequencies = TermFrequencies.counting(List.of(NarrativeTerms.of("mortar shelling killed kafr nabl"),
				NarrativeTerms.of("shelling killed"), NarrativeTerms.of("shelling killed"), NarrativeTerms.of("killed")));
		var report = aReport().narrative("Mortar shelling on Kafr Nabl killed two").build();

		var rare = factor(scorer.score(report, aReport().narrative("Kafr Nabl was hit by mortars").build(), frequencies),
				"narrative");
		var common = factor(scorer.score(report, aReport().narrative("Shelling: two killed").build(), frequencies), "narrative");

		assertThat(rare.detail()).contains("kafr", "nabl");
		assertThat(rare.contribution()).isGreaterThan(common.contribution());
		assertThat(score(aReport().build(), aReport().build()).factors()).extracting(Factor::factor).doesNotContain("narrative");
	}

	private PairScore score(ReportFeatures a, ReportFeatures b) {
		return scorer.score(a, b, NO_TERMS);
	}

	static Factor factor(PairScore score, String name) {
		return score.factors().stream().filter(f -> f.factor().equals(name)).findFirst().orElseThrow();
	}
}
