package org.truce.incident.correlation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.truce.incident.IncidentId;
import org.truce.report.LocationPrecision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.incident.correlation.FeaturesBuilder.aReport;

class RegroupingTest {

	private final Regrouping regrouping = new Regrouping(CorrelationEngine.standard());

	/** A report of the day only, placed alone before the precise reports of its event came. */
	private final ReportFeatures vague = aReport().onDay("2017-01-15").at(FeaturesBuilder.DOUMA, LocationPrecision.NEAR)
		.killed(12).narrative("market in Douma shelled, twelve dead").build();
	private final ReportFeatures precise = aReport().killed(12).narrative("mortar shells on the Douma market").build();
	private final ReportFeatures alsoPrecise = aReport().later(Duration.ofMinutes(20)).north(300).killed(11)
		.narrative("Douma market hit by mortar shells").build();
	private final TermFrequencies terms = TermFrequencies.counting(List.of(vague.terms(), precise.terms(),
			alsoPrecise.terms(), NarrativeTerms.of("clashes near a checkpoint"), NarrativeTerms.of("air strike on a bakery")));

	@Test
	void aReportPlacedAloneEarlyJoinsTheIncidentOfTheReportsThatCameAfter() {
		var alone = new Candidate(IncidentId.random(), List.of(vague));
		var event = new Candidate(IncidentId.random(), List.of(precise, alsoPrecise));

		var moves = regrouping.regroup(List.of(alone, event), Set.of(), Map.of(), terms);

		assertThat(moves).singleElement().satisfies(move -> {
			assertThat(move.report()).isEqualTo(vague);
			assertThat(move.from()).isEqualTo(alone.incident());
			assertThat(move.to()).isEqualTo(event.incident());
			assertThat(move.score()).isNotNull();
			assertThat(move.score().incident()).isEqualTo(event.incident());
			assertThat(move.score().comparedWith()).containsExactlyInAnyOrder(precise.id(), alsoPrecise.id());
		});
	}

	@Test
	void aNeighbourhoodAlreadyWellGroupedStaysAsItIs() {
		var event = new Candidate(IncidentId.random(), List.of(vague, precise, alsoPrecise));
		var elsewhere = new Candidate(IncidentId.random(), List.of(aReport().at(FeaturesBuilder.DOUMA, LocationPrecision.NEAR)
			.north(40_000).build()));

		assertThat(regrouping.regroup(List.of(event, elsewhere), Set.of(), Map.of(), terms)).isEmpty();
	}

	@Test
	void aLinkAnAnalystConfirmedStaysWhereItIs() {
		var alone = new Candidate(IncidentId.random(), List.of(vague));
		var event = new Candidate(IncidentId.random(), List.of(precise, alsoPrecise));

		assertThat(regrouping.regroup(List.of(alone, event), Set.of(vague.id()), Map.of(), terms)).isEmpty();
	}

	@Test
	void aReportAnAnalystRejectedFromAnIncidentIsNeverRegroupedWithItsReports() {
		var alone = new Candidate(IncidentId.random(), List.of(vague));
		var event = new Candidate(IncidentId.random(), List.of(precise, alsoPrecise));

		var moves = regrouping.regroup(List.of(alone, event), Set.of(), Map.of(vague.id(), Set.of(event.incident())), terms);

		assertThat(moves).isEmpty();
	}

	@Test
	void reportsThatFormAnEventOfTheirOwnOpenANewIncidentFirst() {
		var other = aReport().later(Duration.ofHours(8)).north(1_000).killed(1).narrative("checkpoint attacked").build();
		var otherToo = aReport().later(Duration.ofHours(8)).north(1_100).killed(1).narrative("attack on the checkpoint").build();
		var mixed = new Candidate(IncidentId.random(), List.of(precise, alsoPrecise, other, otherToo));

		var moves = regrouping.regroup(List.of(mixed), Set.of(), Map.of(), terms);

		assertThat(moves).hasSize(2);
		assertThat(moves).extracting(Regrouping.Move::from).containsOnly(mixed.incident());
		assertThat(moves.getFirst().score()).isNull();
		assertThat(moves.getLast().to()).isEqualTo(moves.getFirst().to()).isNotEqualTo(mixed.incident());
		assertThat(moves.getLast().score()).isNotNull();
		assertThat(moves).extracting(Regrouping.Move::report).containsExactlyInAnyOrder(other, otherToo);
	}
}
