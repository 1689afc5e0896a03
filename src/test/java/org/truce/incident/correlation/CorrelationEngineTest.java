package org.truce.incident.correlation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.truce.agreement.ActorId;
import org.truce.incident.Factor;
import org.truce.incident.IncidentId;
import org.truce.report.Category;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.incident.correlation.FeaturesBuilder.aReport;

class CorrelationEngineTest {

	private static final ActorId GOVERNMENT = new ActorId(UUID.randomUUID());
	private static final ActorId OPPOSITION = new ActorId(UUID.randomUUID());

	private final CorrelationEngine engine = new CorrelationEngine(Thresholds.DEFAULT);

	@Test
	void aReportWithNoCandidateOpensAnIncident() {
		assertThat(engine.decide(aReport().build(), List.of())).isEqualTo(new Decision.Open(null));
	}

	@Test
	void aReportOfTheSameClashFromTheOtherSideJoinsItsIncidentWithAnExplanation() {
		var incident = candidate(aReport().alleging(OPPOSITION, GOVERNMENT).killed(2).build());

		var decision = engine.decide(aReport().later(Duration.ofMinutes(30)).north(1_000).alleging(GOVERNMENT, OPPOSITION)
			.killed(2).build(), List.of(incident));

		assertThat(decision).isInstanceOf(Decision.Join.class);
		var best = ((Decision.Join) decision).best();
		assertThat(best.incident()).isEqualTo(incident.incident());
		assertThat(best.score()).isGreaterThanOrEqualTo(Thresholds.DEFAULT.link());
		assertThat(best.explanation()).extracting(Factor::factor).containsExactly("time", "place", "category", "actors", "casualties");
		assertThat(best.explanation().stream().mapToDouble(Factor::contribution).sum()).isCloseTo(best.weight(),
				org.assertj.core.api.Assertions.within(0.01));
	}

	@Test
	void twoIncidentsThatFitEquallyMakeItAProposalNamingTheAlternative() {
		var report = aReport().alleging(OPPOSITION, GOVERNMENT).build();
		var one = candidate(aReport().alleging(OPPOSITION, GOVERNMENT).build());
		var twin = candidate(aReport().alleging(OPPOSITION, GOVERNMENT).build());

		var decision = engine.decide(report, List.of(one, twin));

		assertThat(decision).isInstanceOf(Decision.Propose.class);
		assertThat(((Decision.Propose) decision).best().explanation()).extracting(Factor::factor).contains("alternatives");
	}

	@Test
	void aReportThatFitsNoCandidateWellOpensItsOwnAndKeepsTheBestForTheRecord() {
		var elsewhere = candidate(aReport().north(3_000).category(Category.PEACEFUL_PROTEST).build());

		var decision = engine.decide(aReport().build(), List.of(elsewhere));

		assertThat(decision).isInstanceOfSatisfying(Decision.Open.class, open -> assertThat(open.best()).isNotNull());
	}

	@Test
	void anIncidentIsScoredByTheMeanOverItsReportsSoOneCloseReportDoesNotPullInWhatTheOthersContradict() {
		var report = aReport().build();
		var close = aReport().later(Duration.ofMinutes(10)).build();
		var contradicting = aReport().later(Duration.ofDays(3)).build();

		var alone = engine.score(report, candidate(close));
		var withOther = engine.score(report, new Candidate(IncidentId.random(), List.of(close, contradicting)));

		assertThat(withOther.weight()).isLessThan(alone.weight());
		assertThat(withOther.explanation()).extracting(Factor::factor).contains("linkage");
	}

	@Test
	void aReportIsNeverComparedWithItself() {
		var report = aReport().build();

		assertThat(engine.score(report, candidate(report))).isNull();
		assertThat(engine.decide(report, List.of(candidate(report)))).isEqualTo(new Decision.Open(null));
	}

	private static Candidate candidate(ReportFeatures... members) {
		return new Candidate(IncidentId.random(), List.of(members));
	}
}
