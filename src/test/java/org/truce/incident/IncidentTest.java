package org.truce.incident;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.incident.HistoryEntry.Action;
import org.truce.incident.correlation.CandidateScore;
import org.truce.report.ReportId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class IncidentTest {

	private static final Instant NOW = Instant.parse("2017-02-01T12:00:00Z");
	private static final Viewer.Member GUARANTOR = new Viewer.Member("guarantor.ru", new DelegationCode("RU"), Role.GUARANTOR);
	private static final Viewer.Member PARTY = new Viewer.Member("party.gov", new DelegationCode("SYG"), Role.PARTY);

	private final ReportId founder = ReportId.random();
	private final ReportId joined = ReportId.random();

	@Test
	void theEngineOpensAnIncidentAndLinksReportsToItRecordingEachStep() {
		var incident = incidentOfTwo();

		assertThat(incident.members()).containsExactly(founder, joined);
		assertThat(incident.takeHistory()).extracting(HistoryEntry::action).containsExactly(Action.OPENED, Action.LINKED);
		assertThat(incident.takeEvents()).hasExactlyElementsOfTypes(IncidentOpened.class, ReportLinked.class);
		assertThat(incident.hasChanges()).isFalse();
	}

	@Test
	void aConfirmedLinkIsConfirmedOnceAndNeverRejected() {
		var incident = incidentOfTwo();
		incident.confirm(joined, "same strike", GUARANTOR, NOW);

		assertThat(incident.link(joined).orElseThrow().status()).isEqualTo(LinkStatus.CONFIRMED);
		assertThatThrownBy(() -> incident.confirm(joined, "again", GUARANTOR, NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> incident.reject(joined, "no", GUARANTOR, NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("split");
	}

	@Test
	void aRejectedLinkStaysRejectedAndNoLongerCounts() {
		var incident = incidentOfTwo();

		assertThat(incident.reject(joined, "another strike", GUARANTOR, NOW)).isTrue();

		assertThat(incident.members()).containsExactly(founder);
		assertThat(incident.link(joined).orElseThrow().decision().reason()).isEqualTo("another strike");
		assertThatThrownBy(() -> incident.confirm(joined, "after all", GUARANTOR, NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> incident.reject(founder, "alone", GUARANTOR, NOW)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("only report");
	}

	@Test
	void onlyGuarantorsAndTheSecretariatActAndAlwaysWithAReason() {
		var incident = incidentOfTwo();

		assertThatThrownBy(() -> incident.confirm(joined, "ours", PARTY, NOW)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> incident.confirm(joined, " ", GUARANTOR, NOW)).isInstanceOf(InvalidInputException.class);
		assertThat(incident.confirm(joined, "ok", new Viewer.Member("kz", new DelegationCode("KZ"), Role.SECRETARIAT), NOW))
			.isFalse();
	}

	@Test
	void aMergeMovesTheReportsAndKeepsTheAbsorbedIncidentAsARecord() {
		var survivor = incidentOfTwo();
		var other = Incident.open(IncidentId.random(), ReportId.random(), List.of(), List.of(), NOW);

		survivor.absorb(other, "one raid", GUARANTOR, NOW);

		assertThat(survivor.members()).hasSize(3);
		assertThat(other.status()).isEqualTo(IncidentStatus.MERGED);
		assertThat(other.mergedInto()).isEqualTo(survivor.id());
		assertThat(other.members()).isEmpty();
		assertThat(other.takeHistory()).extracting(HistoryEntry::action).contains(Action.MERGED_INTO);
		assertThatThrownBy(() -> survivor.absorb(other, "again", GUARANTOR, NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> survivor.absorb(survivor, "itself", GUARANTOR, NOW)).isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> other.link(ReportId.random(), score(other.id()), NOW)).isInstanceOf(ConflictException.class);
	}

	@Test
	void aSplitConfirmsTheReportsInTheNewIncidentAndRejectsThemFromTheOld() {
		var incident = incidentOfTwo();

		var split = incident.splitOff(List.of(joined), IncidentId.random(), "two raids", GUARANTOR, NOW);

		assertThat(split.members()).containsExactly(joined);
		assertThat(split.link(joined).orElseThrow().status()).isEqualTo(LinkStatus.CONFIRMED);
		assertThat(incident.link(joined).orElseThrow().status()).isEqualTo(LinkStatus.REJECTED);
		assertThat(incident.takeEvents()).last().isInstanceOf(IncidentSplit.class);
		assertThatThrownBy(() -> incident.splitOff(List.of(founder), IncidentId.random(), "all", GUARANTOR, NOW))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("at least one report");
		assertThatThrownBy(() -> incident.splitOff(List.of(ReportId.random()), IncidentId.random(), "x", GUARANTOR, NOW))
			.isInstanceOf(InvalidInputException.class).hasMessageContaining("not counted");
	}

	@Test
	void aSuggestionDoesNotCountUntilConfirmed() {
		var incident = incidentOfTwo();
		var suggested = ReportId.random();

		incident.propose(suggested, score(incident.id()), NOW);

		assertThat(incident.members()).doesNotContain(suggested);
		assertThat(incident.confirm(suggested, "it belongs here", GUARANTOR, NOW)).isTrue();
		assertThat(incident.members()).contains(suggested);
	}

	private Incident incidentOfTwo() {
		var incident = Incident.open(IncidentId.random(), founder, List.of(), List.of(), NOW);
		incident.link(joined, score(incident.id()), NOW);
		return incident;
	}

	private static CandidateScore score(IncidentId incident) {
		return new CandidateScore(incident, 5, 0.88, List.of(new Factor("time", 2, "the windows overlap")), List.of());
	}
}
