package org.truce.demo;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.truce.TruceIntegrationTest;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.talks.Author;
import org.truce.talks.DiffSegment;
import org.truce.talks.Message;
import org.truce.talks.Position;
import org.truce.talks.ProposalStatus;
import org.truce.talks.Proposals;
import org.truce.talks.ProximityTalks;
import org.truce.talks.Stance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The scenario's proximity talks and proposal as the demo seeds them (the shared test context seeds at start-up). */
@TruceIntegrationTest
class ScenarioTalksIntegrationTest {

	private static final Viewer.Member RUSSIA = new Viewer.Member("guarantor.ru", new DelegationCode("RU"), Role.GUARANTOR);
	private static final Viewer.Member GOVERNMENT = new Viewer.Member("party.gov", new DelegationCode("SYG"), Role.PARTY);

	@Autowired
	ScenarioTalks scenario;

	@Autowired
	ProximityTalks talks;

	@Autowired
	Proposals proposals;

	@Autowired
	JdbcClient jdbc;

	@Test
	void russiaMediatesAThreadWithEachPartyAndTheGovernmentReadsTheOppositionOnlyThroughItsRelay() {
		var threads = talks.threads(RUSSIA).stream().filter(t -> t.talksTitle().equals(ScenarioTalks.TALKS_TITLE)).toList();
		assertThat(threads).extracting(t -> t.party().value()).containsExactly("SYG", "SYO");

		var government = talks.threads(GOVERNMENT).stream().filter(t -> t.talksTitle().equals(ScenarioTalks.TALKS_TITLE))
			.findFirst().orElseThrow();
		var messages = talks.thread(government.id(), GOVERNMENT).messages();
		assertThat(messages).extracting(Message::author).containsExactly(Author.MEDIATOR, Author.PARTY);
		assertThat(messages.getFirst().text()).startsWith("The opposition delegation will continue through the mediator.");
		assertThat(messages.getFirst().relayOf()).isNull();
		assertThat(talks.thread(government.id(), RUSSIA).messages().getFirst().relayOf()).isNotNull()
			.extracting(source -> source.party().value()).isEqualTo("SYO");
	}

	@Test
	void theOppositionsProposalHasTwoVersionsWithAVisibleChangeAndTheGuarantorsPositions() {
		var summary = proposals.list(ProposalStatus.UNDER_DISCUSSION, GOVERNMENT).stream()
			.filter(p -> p.title().equals(ScenarioTalks.PROPOSAL_TITLE)).findFirst().orElseThrow();
		var proposal = proposals.find(summary.id(), GOVERNMENT).orElseThrow();

		assertThat(proposal.submittedBy().value()).isEqualTo("SYO");
		assertThat(proposal.versions()).hasSize(2);
		assertThat(proposal.diff(1, 2)).contains(new DiffSegment(DiffSegment.Op.DELETE, "72"),
				new DiffSegment(DiffSegment.Op.INSERT, "24"));
		assertThat(proposal.currentPositions()).extracting(p -> p.delegation().value(), Position::stance)
			.containsExactly(tuple("IR", Stance.OPPOSE), tuple("RU", Stance.AMEND),
					tuple("TR", Stance.SUPPORT));
	}

	@Test
	void seedingAgainAddsNothing() {
		var before = counts();
		scenario.seed();
		assertThat(counts()).isEqualTo(before);
	}

	private String counts() {
		return jdbc.sql("""
				SELECT (SELECT count(*) FROM talks) || '/' || (SELECT count(*) FROM talks_message) || '/'
				    || (SELECT count(*) FROM proposal) || '/' || (SELECT count(*) FROM proposal_position)""")
			.query(String.class).single();
	}
}
