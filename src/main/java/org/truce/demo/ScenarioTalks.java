package org.truce.demo;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.core.DelegationCode;
import org.truce.talks.NewProposal;
import org.truce.talks.NewTalks;
import org.truce.talks.ProposalStatus;
import org.truce.talks.Proposals;
import org.truce.talks.ProximityTalks;
import org.truce.talks.Stance;
import org.truce.talks.TalksDetails;
import org.truce.talks.ThreadId;

import static org.truce.demo.ReferenceScenario.member;

/**
 * The talks of the scenario, in our own words: the opposition would not sit with the government, so the Russian
 * delegation shuttled between the two rooms, and the opposition tabled a proposal on monitoring the ceasefire, which it
 * revised and on which the guarantors took positions, in Astana from 23 January 2017, each step at its time. Each part
 * is seeded once, found by its title on later starts.
 */
@Component
class ScenarioTalks {

	static final String TALKS_TITLE = "Astana proximity talks, January 2017";
	static final String PROPOSAL_TITLE = "Proposal on the ceasefire monitoring mechanism";

	private static final String OPPOSITION_OPENING = """
			Our delegation will not sit at the same table as the government's while its forces press their offensive in \
			Wadi Barada. We will continue through the mediator. Our priorities are that the ceasefire hold everywhere, that \
			detainees be released, and that humanitarian convoys reach the besieged areas.""";
	private static final String RELAYED_TO_GOVERNMENT = """
			The opposition delegation will continue through the mediator. It asks that the ceasefire hold everywhere, that \
			detainees be released, and that humanitarian convoys reach the besieged areas.""";

	private static final String PROPOSAL_FIRST = """
			1. The guarantors establish a joint group to monitor compliance with the ceasefire.
			2. Each party reports alleged violations to the joint group within 72 hours.
			3. The joint group examines each report and publishes its findings every month.""";
	private static final String PROPOSAL_SECOND = """
			1. The guarantors establish a joint group to monitor compliance with the ceasefire, with monitors on the ground.
			2. Each party reports alleged violations to the joint group within 24 hours.
			3. The joint group examines each report and publishes its findings every two weeks.""";

	private final ProximityTalks talks;
	private final Proposals proposals;
	private final TransactionTemplate transactions;
	private final ScenarioClock clock;

	ScenarioTalks(ProximityTalks talks, Proposals proposals, TransactionTemplate transactions, ScenarioClock clock) {
		this.talks = talks;
		this.proposals = proposals;
		this.transactions = transactions;
		this.clock = clock;
	}

	void seed() {
		transactions.executeWithoutResult(status -> {
			seedTalks();
			seedProposal();
		});
	}

	private void seedTalks() {
		var russia = member(ReferenceScenario.RUSSIA);
		if (talks.threads(russia).stream().anyMatch(thread -> thread.talksTitle().equals(TALKS_TITLE))) {
			return;
		}
		var parties = List.of(ReferenceScenario.GOVERNMENT.value(), ReferenceScenario.OPPOSITION.value());
		var opened = at("2017-01-23T05:00:00Z", () -> talks.open(new NewTalks(TALKS_TITLE, ReferenceScenario.RUSSIA.value(), parties),
				member(ReferenceScenario.KAZAKHSTAN))).value();
		var government = threadOf(opened, ReferenceScenario.GOVERNMENT);
		var opposition = threadOf(opened, ReferenceScenario.OPPOSITION);

		var opening = at("2017-01-23T06:30:00Z",
				() -> talks.post(opposition, OPPOSITION_OPENING, member(ReferenceScenario.OPPOSITION))).value();
		at("2017-01-23T07:00:00Z", () -> talks.post(opposition, "Understood. I will put your priorities to the government "
				+ "delegation in its room and come back to you.", russia));
		at("2017-01-23T08:00:00Z", () -> talks.relay(opening.id(), government, RELAYED_TO_GOVERNMENT, russia));
		at("2017-01-23T10:00:00Z", () -> talks.post(government, "The government keeps to the ceasefire outside the areas held by "
				+ "the excluded groups, and will take up the question of detainees through the mechanism.",
				member(ReferenceScenario.GOVERNMENT)));
	}

	private void seedProposal() {
		var opposition = member(ReferenceScenario.OPPOSITION);
		if (proposals.list(null, opposition).stream()
			.anyMatch(p -> p.title().equals(PROPOSAL_TITLE) && p.submittedBy().equals(ReferenceScenario.OPPOSITION))) {
			return;
		}
		var russia = member(ReferenceScenario.RUSSIA);
		var id = at("2017-01-24T06:00:00Z", () -> proposals.submit(new NewProposal(PROPOSAL_TITLE, PROPOSAL_FIRST, null), opposition))
			.value().id();
		at("2017-01-27T08:00:00Z", () -> proposals.takePosition(id, Stance.AMEND,
				"Reports within 24 hours and findings every two weeks; a month is too long.", russia));
		at("2017-02-02T08:00:00Z", () -> proposals.revise(id, PROPOSAL_SECOND,
				"Shorter deadlines, as the Russian delegation proposed; monitors on the ground added.", opposition));
		at("2017-02-03T07:00:00Z", () -> proposals.takePosition(id, Stance.AMEND,
				"The joint group should hear the party accused before it publishes a finding.", russia));
		at("2017-02-03T09:00:00Z", () -> proposals.takePosition(id, Stance.SUPPORT, null, member(ReferenceScenario.TURKEY)));
		at("2017-02-03T11:00:00Z", () -> proposals.takePosition(id, Stance.OPPOSE,
				"Monitors on the ground need the consent of the government.", member(ReferenceScenario.IRAN)));
		at("2017-02-04T08:00:00Z", () -> proposals.changeStatus(id, ProposalStatus.UNDER_DISCUSSION,
				"On the agenda of the technical meeting of 6 February 2017.", member(ReferenceScenario.KAZAKHSTAN)));
	}

	private <T> T at(String time, Supplier<T> step) {
		return clock.at(Instant.parse(time), step);
	}

	private static ThreadId threadOf(TalksDetails talks, DelegationCode party) {
		return talks.threads().stream().filter(thread -> thread.party().equals(party)).findFirst().orElseThrow().id();
	}
}
