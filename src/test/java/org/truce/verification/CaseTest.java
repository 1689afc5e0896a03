package org.truce.verification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

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
	private static final ActorId INSURGENTS = new ActorId(UUID.randomUUID());
	private static final Determination VIOLATION = new Determination.ConfirmedViolation(INSURGENTS, List.of("1"), null);
	private static final Mechanism.Terms TERMS = new Mechanism.Terms("Ceasefire agreement", T0, GUARANTORS,
			DecisionRule.UNANIMITY, List.of("1", "2", "5"));
	private static final Predicate<ActorId> REGISTERED = INSURGENTS::equals;

	@Test
	void aCaseRunsFromOpeningThroughReplyFindingAndVotesToAPublishedRuling() {
		var kase = Case.open(UUID.randomUUID(), T0, List.of(OPP.delegation()), "reported by both parties", RU, T0);
		kase.transition(CaseState.INVESTIGATING, "monitors sent", null, RU, at(1));
		kase.transition(CaseState.REPLY_REQUESTED, "the opposition is accused", at(72), KZ, at(2));
		kase.reply("Our units were not in the area.", OPP, at(10));
		kase.draftFinding(VIOLATION, "Shelling from opposition positions", TERMS, REGISTERED, TR, at(20));
		kase.transition(CaseState.VOTING, "finding ready", null, KZ, at(21));
		kase.vote(VoteChoice.AGREE, "evidence is clear", GUARANTORS, DecisionRule.UNANIMITY, RU, at(22));
		kase.vote(VoteChoice.AGREE, "agreed", GUARANTORS, DecisionRule.UNANIMITY, TR, at(23));
		assertThat(kase.snapshot().state()).isEqualTo(CaseState.VOTING);
		kase.vote(VoteChoice.AGREE, "agreed", GUARANTORS, DecisionRule.UNANIMITY, IR, at(24));

		assertThat(kase.snapshot().state()).isEqualTo(CaseState.DETERMINED);
		assertThat(kase.snapshot().ruling().adopted()).isTrue();
		assertThat(kase.snapshot().ruling().dissent()).isEmpty();
		assertThat(kase.snapshot().determinedAt()).isEqualTo(at(24));
		assertThatThrownBy(() -> kase.transition(CaseState.PUBLISHED, "a guarantor publishes", null, RU, at(25)))
			.isInstanceOf(ForbiddenException.class).hasMessageContaining("secretariat");
		kase.transition(CaseState.PUBLISHED, "ruling published", null, KZ, at(25));
		assertThat(kase.snapshot().state()).isEqualTo(CaseState.PUBLISHED);
		assertThat(kase.snapshot().transitions().getFirst().from()).as("the opening leaves no state").isNull();
		assertThat(kase.snapshot().transitions()).extracting(Transition::to).containsExactly(CaseState.OPEN,
				CaseState.INVESTIGATING, CaseState.REPLY_REQUESTED, CaseState.FINDING_DRAFTED, CaseState.VOTING,
				CaseState.DETERMINED, CaseState.PUBLISHED);
		assertThat(kase.takeEvents()).hasAtLeastOneElementOfType(CaseDetermined.class).hasAtLeastOneElementOfType(CasePublished.class);
	}

	@Test
	void aFindingUnanimityDoesNotAdoptClosesItsRoundWithTheDissentAndAwaitsARevisedFinding() {
		var kase = votingCase();
		kase.vote(VoteChoice.AGREE, "yes", GUARANTORS, DecisionRule.UNANIMITY, RU, at(22));
		kase.vote(VoteChoice.DISAGREE, "the target was excluded", GUARANTORS, DecisionRule.UNANIMITY, TR, at(23));
		kase.vote(VoteChoice.ABSTAIN, "no view", GUARANTORS, DecisionRule.UNANIMITY, IR, at(24));

		var failed = kase.snapshot();
		assertThat(failed.state()).isEqualTo(CaseState.FINDING_DRAFTED);
		assertThat(failed.ruling()).isNull();
		assertThat(failed.determinedAt()).isNull();
		assertThat(failed.currentVotes()).isEmpty();
		assertThat(failed.rounds()).singleElement().satisfies(round -> {
			assertThat(round.number()).isEqualTo(1);
			assertThat(round.outcome()).isEqualTo(Round.Outcome.NOT_ADOPTED);
			assertThat(round.rule()).isEqualTo(DecisionRule.UNANIMITY);
			assertThat(round.determination()).isEqualTo(VIOLATION);
			assertThat(round.votes()).hasSize(3);
			assertThat(round.dissent()).extracting(Vote::guarantor).containsExactly(TR.delegation(), IR.delegation());
			assertThat(round.dissent().getFirst().rationale()).isEqualTo("the target was excluded");
		});
		assertThat(failed.transitions().getLast().reason()).contains("not adopted under UNANIMITY", "TR disagrees", "IR abstains");
		assertThat(kase.takeEvents()).noneMatch(CaseDetermined.class::isInstance);

		assertThatThrownBy(() -> kase.transition(CaseState.VOTING, "vote again", null, KZ, at(25)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("draft a revised finding");
		kase.draftFinding(new Determination.ConfirmedViolation(INSURGENTS, List.of("1", "2"), "fire from Jobar"), "revised",
				TERMS, REGISTERED, TR, at(26));
		kase.transition(CaseState.VOTING, "second round", null, KZ, at(27));
		for (var guarantor : List.of(RU, TR, IR)) {
			kase.vote(VoteChoice.AGREE, "agreed", GUARANTORS, DecisionRule.UNANIMITY, guarantor, at(28));
		}
		assertThat(kase.snapshot().state()).isEqualTo(CaseState.DETERMINED);
		assertThat(kase.snapshot().ruling().determination().explanation()).isEqualTo("fire from Jobar");
		assertThat(kase.snapshot().rounds()).hasSize(1);
		assertThat(kase.snapshot().votes()).hasSize(6);
	}

	@Test
	void underUnanimityAnAbstentionBlocksAdoption() {
		var kase = votingCase();
		kase.vote(VoteChoice.AGREE, "yes", GUARANTORS, DecisionRule.UNANIMITY, RU, at(22));
		kase.vote(VoteChoice.AGREE, "yes", GUARANTORS, DecisionRule.UNANIMITY, TR, at(23));
		kase.vote(VoteChoice.ABSTAIN, "we take no position", GUARANTORS, DecisionRule.UNANIMITY, IR, at(24));

		assertThat(kase.snapshot().state()).isEqualTo(CaseState.FINDING_DRAFTED);
		assertThat(kase.snapshot().rounds().getFirst().dissent()).extracting(Vote::guarantor).containsExactly(IR.delegation());
	}

	@Test
	void aFailedRoundLeavesTheCaseOpenToWithdrawal() {
		var kase = votingCase();
		for (var guarantor : List.of(RU, TR, IR)) {
			kase.vote(VoteChoice.DISAGREE, "no", GUARANTORS, DecisionRule.UNANIMITY, guarantor, at(22));
		}
		kase.transition(CaseState.WITHDRAWN, "the guarantors cannot agree", null, KZ, at(23));
		assertThat(kase.snapshot().state()).isEqualTo(CaseState.WITHDRAWN);
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

		assertThatThrownBy(() -> kase.draftFinding(VIOLATION, "too early", TERMS, REGISTERED, RU, at(3))).isInstanceOf(ConflictException.class)
			.hasMessageContaining("may reply until");
		assertThatThrownBy(() -> kase.reply("not us", GOV, at(3))).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> kase.reply("late", OPP, at(49))).isInstanceOf(ConflictException.class);

		kase.draftFinding(new Determination.Unverifiable(Determination.UnverifiableReason.ACCESS_DENIED, "no access"),
				"the accused did not reply in time", TERMS, REGISTERED, RU, at(50));
		assertThat(kase.snapshot().state()).isEqualTo(CaseState.FINDING_DRAFTED);
	}

	@Test
	void theFindingStandsWhileItsVoteIsOpenUnlessTheSecretariatWithdrawsTheRound() {
		var kase = votingCase();
		kase.vote(VoteChoice.AGREE, "as drafted", GUARANTORS, DecisionRule.UNANIMITY, TR, at(22));

		assertThatThrownBy(() -> kase.draftFinding(VIOLATION, "redrafted to reset the vote", TERMS, REGISTERED, IR, at(23)))
			.isInstanceOf(ConflictException.class).hasMessageContaining("voting on round 1");
		assertThatThrownBy(() -> kase.transition(CaseState.FINDING_DRAFTED, "withdraw", null, IR, at(23)))
			.isInstanceOf(ForbiddenException.class).hasMessageContaining("secretariat");
		assertThat(kase.snapshot().currentVotes()).hasSize(1);

		kase.transition(CaseState.FINDING_DRAFTED, "new evidence on the clauses", null, KZ, at(24));
		assertThat(kase.snapshot().rounds()).singleElement().satisfies(round -> {
			assertThat(round.outcome()).isEqualTo(Round.Outcome.WITHDRAWN);
			assertThat(round.reason()).isEqualTo("new evidence on the clauses");
			assertThat(round.votes()).extracting(Vote::guarantor).containsExactly(TR.delegation());
		});
		kase.draftFinding(VIOLATION, "with clause 2 as well", TERMS, REGISTERED, KZ, at(25));
		kase.transition(CaseState.VOTING, "second round", null, KZ, at(26));

		assertThat(kase.snapshot().finding().round()).isEqualTo(2);
		assertThat(kase.snapshot().currentVotes()).isEmpty();
		kase.vote(VoteChoice.AGREE, "now right", GUARANTORS, DecisionRule.UNANIMITY, TR, at(27));
		assertThat(kase.snapshot().votes()).hasSize(2);
	}

	@Test
	void aFindingNamesClausesOfTheAgreementInForceAndAnActorOfTheRegistry() {
		var kase = Case.open(UUID.randomUUID(), T0, List.of(), "opened", RU, T0);
		kase.transition(CaseState.INVESTIGATING, "start", null, RU, at(1));
		var unknown = new ActorId(UUID.randomUUID());

		assertThatThrownBy(() -> kase.draftFinding(new Determination.ConfirmedViolation(unknown, List.of("1", "99"), null), "bad",
				TERMS, REGISTERED, RU, at(2)))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("determination.attributedToActorId", "determination.clauses[1]"))
			.hasMessageContaining("clause 99 is not a clause of the Ceasefire agreement in force on 2017-01-20; its clauses then: 1, 2, 5");
		assertThatThrownBy(() -> kase.draftFinding(new Determination.NotAViolation(
				Determination.NotAViolationReason.LAWFUL_UNDER_CLAUSE, null, null), "which clause?", TERMS, REGISTERED, RU, at(2)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().getFirst().field()).isEqualTo("determination.clauses"));
		assertThat(kase.snapshot().state()).isEqualTo(CaseState.INVESTIGATING);

		kase.draftFinding(new Determination.NotAViolation(Determination.NotAViolationReason.EXCLUDED_TARGET, "5",
				"the position was Jabhat Fateh al-Sham's"), "excluded target", TERMS, REGISTERED, RU, at(3));
		assertThat(kase.snapshot().finding().determination().explanation()).isEqualTo("the position was Jabhat Fateh al-Sham's");
	}

	@Test
	void noFindingIsDraftedBeforeTheAccusedHaveBeenAskedToReply() {
		var kase = Case.open(UUID.randomUUID(), T0, List.of(OPP.delegation()), "opened", RU, T0);
		kase.transition(CaseState.INVESTIGATING, "start", null, RU, at(1));

		assertThatThrownBy(() -> kase.draftFinding(VIOLATION, "no reply asked", TERMS, REGISTERED, RU, at(2)))
			.isInstanceOf(ConflictException.class)
			.hasMessageContaining("SYO", "request their reply first");
		kase.transition(CaseState.REPLY_REQUESTED, "the opposition is accused", at(10), RU, at(3));
		kase.reply("Our positions did not fire that day.", OPP, at(4));
		kase.draftFinding(VIOLATION, "after the reply", TERMS, REGISTERED, RU, at(5));
		assertThat(kase.snapshot().state()).isEqualTo(CaseState.FINDING_DRAFTED);
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
		kase.transition(CaseState.REPLY_REQUESTED, "the opposition is accused", at(10), RU, at(2));
		kase.draftFinding(VIOLATION, "finding", TERMS, REGISTERED, RU, at(20));
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
