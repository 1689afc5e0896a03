package org.truce.incident.correlation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.truce.agreement.ActorId;
import org.truce.core.DelegationCode;
import org.truce.incident.Factor;
import org.truce.incident.IncidentId;
import org.truce.report.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.truce.incident.correlation.FeaturesBuilder.aReport;

class CorrelationEngineTest {

	private static final ActorId GOVERNMENT = new ActorId(UUID.randomUUID());
	private static final ActorId OPPOSITION = new ActorId(UUID.randomUUID());
	private static final TermFrequencies NO_TERMS = TermFrequencies.of(0, Map.of());

	private final CorrelationEngine engine = CorrelationEngine.standard();

	@Test
	void aReportWithNoCandidateOpensAnIncident() {
		assertThat(engine.decide(aReport().build(), List.of(), NO_TERMS)).isEqualTo(new Decision.Open(null));
	}

	@Test
	void aReportOfTheSameClashFromTheOtherSideJoinsItsIncidentWithAnExplanation() {
		var incident = candidate(aReport().alleging(OPPOSITION, GOVERNMENT).killed(2).build());

		var decision = engine.decide(aReport().later(Duration.ofMinutes(30)).north(1_000).alleging(GOVERNMENT, OPPOSITION)
			.killed(2).build(), List.of(incident), NO_TERMS);

		assertThat(decision).isInstanceOfSatisfying(Decision.Join.class, join -> {
			assertThat(join.best().incident()).isEqualTo(incident.incident());
			assertThat(join.best().score()).isGreaterThanOrEqualTo(Thresholds.DEFAULT.link());
			assertThat(join.best().explanation()).extracting(Factor::factor)
				.containsExactly("prior", "time", "place", "category", "actors", "casualties");
			assertThat(join.best().explanation().stream().mapToDouble(Factor::contribution).sum())
				.isCloseTo(join.best().weight(), within(0.01));
		});
	}

	@Test
	void ofTwoIncidentsTheReportJoinsTheOneItFitsBetter() {
		var report = aReport().alleging(OPPOSITION, GOVERNMENT).killed(5).build();
		var sameToll = candidate(aReport().later(Duration.ofMinutes(20)).alleging(OPPOSITION, GOVERNMENT).killed(5).build());
		var otherToll = candidate(aReport().later(Duration.ofMinutes(20)).alleging(OPPOSITION, GOVERNMENT).killed(40).build());

		var decision = engine.decide(report, List.of(otherToll, sameToll), NO_TERMS);

		assertThat(decision).isInstanceOfSatisfying(Decision.Join.class,
				join -> assertThat(join.best().incident()).isEqualTo(sameToll.incident()));
	}

	@Test
	void aReportThatFitsNoCandidateWellOpensItsOwnAndKeepsTheBestForTheRecord() {
		var elsewhere = candidate(aReport().north(3_000).category(Category.PEACEFUL_PROTEST).build());

		var decision = engine.decide(aReport().build(), List.of(elsewhere), NO_TERMS);

		assertThat(decision).isInstanceOfSatisfying(Decision.Open.class, open -> assertThat(open.best()).isNotNull());
	}

	@Test
	void aReportFittingOnlySomewhatIsProposedNotJoined() {
		var engine = new CorrelationEngine(PairModel.calibrated(), new Thresholds(0.99, 0.01));
		var incident = candidate(aReport().killed(2).build());

		var decision = engine.decide(aReport().later(Duration.ofHours(1)).north(1_500).killed(3).build(), List.of(incident),
				NO_TERMS);

		assertThat(decision).isInstanceOf(Decision.Propose.class);
	}

	@Test
	void everyReportOfTheIncidentAddsItsEvidenceAndOneThatCannotBeTheSameEventRulesItOut() {
		var report = aReport().build();
		var close = aReport().later(Duration.ofMinutes(10)).build();
		var alsoClose = aReport().later(Duration.ofMinutes(15)).north(300).build();
		var daysLater = aReport().later(Duration.ofDays(3)).build();

		var alone = engine.score(report, candidate(close), NO_TERMS);
		var withAnother = engine.score(report, candidate(close, alsoClose), NO_TERMS);
		var withAnImpossibleOne = engine.score(report, candidate(close, daysLater), NO_TERMS);

		assertThat(withAnother.weight()).isGreaterThan(alone.weight());
		assertThat(withAnother.explanation()).extracting(Factor::factor).contains("linkage");
		assertThat(withAnImpossibleOne.weight()).isLessThan(alone.weight() + PairScorer.INCOMPATIBLE / 2);
		assertThat(engine.decision(withAnImpossibleOne)).isInstanceOf(Decision.Open.class);
	}

	@Test
	void aDelegationsSecondReportOfTheSamePlaceAndDayIsAnotherEvent() {
		var opposition = new DelegationCode("SYO");
		var first = candidate(aReport().onDay("2017-01-15").filedBy(opposition).build());

		var decision = engine.decide(aReport().onDay("2017-01-15").filedBy(opposition).build(), List.of(first), NO_TERMS);

		assertThat(decision).isNotInstanceOf(Decision.Join.class);
	}

	@Test
	void aReportIsNeverComparedWithItself() {
		var report = aReport().build();

		assertThat(engine.score(report, candidate(report), NO_TERMS)).isNull();
		assertThat(engine.decide(report, List.of(candidate(report)), NO_TERMS)).isEqualTo(new Decision.Open(null));
	}

	@Test
	void scoresAreTheLogisticOfTheWeight() {
		assertThat(CorrelationEngine.scoreOf(0)).isEqualTo(0.5);
		assertThat(CorrelationEngine.weightOf(CorrelationEngine.scoreOf(2))).isCloseTo(2, within(0.01));
	}

	private static Candidate candidate(ReportFeatures... members) {
		return new Candidate(IncidentId.random(), List.of(members));
	}
}
