package org.truce.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.truce.agreement.ActorId;
import org.truce.agreement.DecisionRule;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.core.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseTest {

	private static final Viewer.Member RU = member("guarantor.ru", "RU", Role.GUARANTOR);
	private static final Viewer.Member TR = member("guarantor.tr", "TR", Role.GUARANTOR);
	private static final Viewer.Member IR = member("guarantor.ir", "IR", Role.GUARANTOR);
	private static final Viewer.Member KZ = member("secretariat.kz", "KZ", Role.SECRETARIAT);
	private static final Viewer.Member GOV = member("party.gov", "SYG", Role.PARTY);
	private static final Viewer.Member OPP = member("party.opp", "SYO", Role.PARTY);
	private static final Viewer.Member JO = member("observer.jo", "JO", Role.OBSERVER);
	private static final Viewer.Member MON = member("monitor.1", "MON1", Role.MONITOR);
	private static final Set<DelegationCode> GUARANTORS = Set.of(RU.delegation(), TR.delegation(), IR.delegation());
	private static final Instant T0 = Instant.parse("2017-01-20T09:00:00Z");
	private static final Determination VIOLATION = new Determination.ConfirmedViolation(new ActorId(UUID.randomUUID()),
			List.of("1"));

	@Test
	void aCaseRunsFromOpeningThroughReplyFindingAndVotesToAPublishedRuling() {
		var kase = Case.open(UUID.randomUUID(), T0, List.of(OPP.delegation()), "reported by both parties", RU, T0);
		kase.transition(CaseState.INVESTIGATING, "monitors sent", null, RU, at(1));
		kase.transition(CaseState.REPLY_REQUESTED, "the opposition is accused", at(72), KZ, at(2));
		kase.reply("Our units were not in the area.", OPP, at(10));
		kase.draftFinding(VIOLATION, "Shelling from opposition positions", TR, at(20));
		kase.transition(CaseState.VOTING, "finding ready", null, KZ, at(21));
		kase.vote(VoteChoice.AGREE, "evidence is clear", GUARANTORS, DecisionRule.UNANIMITY, RU, at(22));
		kase.vote(VoteChoice.AGREE, "agreed", GUARANTORS, DecisionRule.UNANIMITY, TR, at(23));
		assertThat(kase.snapshot().state()).isEqualTo(CaseState.VOTING);
		kase.vote(VoteChoice.AGREE, "agreed", GUARANTORS, DecisionRule.UNANIMITY, IR, at(24));

		assertThat(kase.snapshot().state()).isEqualTo(CaseState.DETERMINED);
		assertThat(kase.snapshot().ruling().adopted()).isTrue();
		assertThat(kase.snapshot().ruling().dissent()).isEmpty();
		kase.transition(CaseState.PUBLISHED, "ruling published", null, KZ, at(25));
		assertThat(kase.snapshot().state()).isEqualTo(CaseState.PUBLISHED);
		assertThat(kase.snapshot().transitions()).extracting(Transition::to).containsExactly(CaseState.OPEN,
				CaseState.INVESTIGATING, CaseState.REPLY_REQUESTED, CaseState.FINDING_DRAFTED, CaseState.VOTING,
				CaseState.DETERMINED, CaseState.PUBLISHED);
		assertThat(kase.takeEvents()).hasAtLeastOneElementOfType(CaseDetermined.class).hasAtLeastOneElementOfType(CasePublished.class);
	}

	@Test
	void unanimityFailsOnOneDisagreementAndTheDissentIsShown() {
		var kase = votingCase();
		kase.vote(VoteChoice.AGREE, "yes", GUARANTORS, DecisionRule.UNANIMITY, RU, at(22));
		kase.vote(VoteChoice.DISAGREE, "the target was excluded", GUARANTORS, DecisionRule.UNANIMITY, TR, at(23));
		kase.vote(VoteChoice.ABSTAIN, "no view", GUARANTORS, DecisionRule.UNANIMITY, IR, at(24));

		var ruling = kase.snapshot().ruling();
		assertThat(ruling.adopted()).isFalse();
		assertThat(ruling.dissent()).extracting(Vote::guarantor).containsExactly(TR.delegation(), IR.delegation());
		assertThat(ruling.dissent().getFirst().rationale()).isEqualTo("the target was excluded");
	}

	@Test
	void underMajorityTwoOfThreeAdoptWithTheThirdRecordedAsDissent() {
		var kase = votingCase();
		kase.vote(VoteChoice.AGREE, "yes", GUARANTORS, DecisionRule.MAJORITY, RU, at(22));
		kase.vote(VoteChoice.DISAGREE, "no", GUARANTORS, DecisionRule.MAJORITY, TR, at(23));
		kase.vote(VoteChoice.AGREE, "yes", GUARANTORS, DecisionRule.MAJORITY, IR, at(24));

		assertThat(kase.snapshot().ruling().adopted()).isTrue();
		assertThat(kase.snapshot().ruling().dissent()).extracting(Vote::guarantor).containsExactly(TR.delegation());
	}

	@Test
	void aSecondVoteAndAVoteByANonGuarantorAreRefused() {
		var kase = votingCase();
		kase.vote(VoteChoice.AGREE, "yes", GUARANTORS, DecisionRule.UNANIMITY, RU, at(22));

		assertThatThrownBy(() -> kase.vote(VoteChoice.DISAGREE, "changed my mind", GUARANTORS, DecisionRule.UNANIMITY, RU, at(23)))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> kase.vote(VoteChoice.AGREE, "me too", GUARANTORS, DecisionRule.UNANIMITY, KZ, at(23)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> kase.vote(VoteChoice.AGREE, "me too", GUARANTORS, DecisionRule.UNANIMITY, OPP, at(23)))
			.isInstanceOf(ForbiddenException.class);
	}

	@Test
	void invalidTransitionsAreRefusedAndNamedAsSuch() {
		var kase = Case.open(UUID.randomUUID(), T0, List.of(OPP.delegation()), "opened", RU, T0);

		assertThatThrownBy(() -> kase.transition(CaseState.VOTING, "skip ahead", null, RU, at(1)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("cannot move from OPEN to VOTING");
		assertThatThrownBy(() -> kase.transition(CaseState.DETERMINED, "decide", null, RU, at(1)))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> kase.transition(CaseState.INVESTIGATING, "observer acting", null, JO, at(1)))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> kase.transition(CaseState.INVESTIGATING, " ", null, RU, at(1)))
			.isInstanceOf(InvalidInputException.class);
		kase.transition(CaseState.WITHDRAWN, "duplicate of another case", null, KZ, at(2));
		assertThatThrownBy(() -> kase.transition(CaseState.INVESTIGATING, "reopen", null, KZ, at(3)))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void theRightOfReplyComesBeforeTheFindingAndOnlyTheAccusedAnswersInTime() {
		var kase = Case.open(UUID.randomUUID(), T0, List.of(OPP.delegation()), "opened", RU, T0);
		kase.transition(CaseState.INVESTIGATING, "start", null, RU, at(1));
		kase.transition(CaseState.REPLY_REQUESTED, "ask", at(48), RU, at(2));

		assertThatThrownBy(() -> kase.draftFinding(VIOLATION, "too early", RU, at(3))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("may reply until");
		assertThatThrownBy(() -> kase.reply("not us", GOV, at(3))).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> kase.reply("late", OPP, at(49))).isInstanceOf(ConflictException.class);

		kase.draftFinding(new Determination.Unverifiable(Determination.UnverifiableReason.ACCESS_DENIED, "no access"),
				"the accused did not reply in time", RU, at(50));
		assertThat(kase.snapshot().state()).isEqualTo(CaseState.FINDING_DRAFTED);
	}

	@Test
	void aRedraftOpensANewRoundOfVotes() {
		var kase = votingCase();
		kase.vote(VoteChoice.DISAGREE, "clauses wrong", GUARANTORS, DecisionRule.UNANIMITY, TR, at(22));
		kase.draftFinding(VIOLATION, "with clause 2 as well", KZ, at(24));
		kase.transition(CaseState.VOTING, "second round", null, KZ, at(25));

		assertThat(kase.snapshot().finding().round()).isEqualTo(2);
		assertThat(kase.snapshot().currentVotes()).isEmpty();
		kase.vote(VoteChoice.AGREE, "now right", GUARANTORS, DecisionRule.UNANIMITY, TR, at(26));
		assertThat(kase.snapshot().votes()).hasSize(2);
	}

	@Test
	void monitorsReportOnTheirOwnTasksOnce() {
		var kase = Case.open(UUID.randomUUID(), T0, List.of(), "opened", RU, T0);
		var task = kase.assignTask(MON.delegation(), TaskKind.VISIT_SITE, "visit the market", at(24), RU, at(1));

		assertThat(task.isOverdueAt(at(25))).isTrue();
		assertThatThrownBy(() -> kase.completeTask(task.id(), TaskOutcome.DONE, "done", RU, at(2)))
			.isInstanceOf(ForbiddenException.class);
		var done = kase.completeTask(task.id(), TaskOutcome.ACCESS_DENIED, "stopped at a checkpoint", MON, at(3));
		assertThat(done.outcome()).isEqualTo(TaskOutcome.ACCESS_DENIED);
		assertThatThrownBy(() -> kase.completeTask(task.id(), TaskOutcome.DONE, "again", MON, at(4)))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> kase.transition(CaseState.REPLY_REQUESTED, "nobody accused", null, RU, at(5)))
			.isInstanceOf(ConflictException.class);
	}

	@Test
	void visibilityFollowsRolesAndInvolvement() {
		var kase = Case.open(UUID.randomUUID(), T0, List.of(OPP.delegation()), "opened", RU, T0);
		kase.assignTask(MON.delegation(), TaskKind.INVESTIGATE, "look", at(24), RU, at(1));

		assertThat(kase.visibleTo(KZ)).isTrue();
		assertThat(kase.visibleTo(OPP)).isTrue();
		assertThat(kase.visibleTo(MON)).isTrue();
		assertThat(kase.visibleTo(GOV)).isFalse();
		assertThat(kase.visibleTo(JO)).isFalse();
		assertThat(kase.visibleTo(Viewer.anonymous())).isFalse();
	}

	private static Case votingCase() {
		var kase = Case.open(UUID.randomUUID(), T0, List.of(OPP.delegation()), "opened", RU, T0);
		kase.transition(CaseState.INVESTIGATING, "start", null, RU, at(1));
		kase.draftFinding(VIOLATION, "finding", RU, at(20));
		kase.transition(CaseState.VOTING, "vote", null, RU, at(21));
		return kase;
	}

	private static Instant at(int hours) {
		return T0.plus(Duration.ofHours(hours));
	}

	private static Viewer.Member member(String username, String code, Role role) {
		return new Viewer.Member(username, new DelegationCode(code), role);
	}
}
