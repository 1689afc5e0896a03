package org.truce.talks;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.truce.talks.Cast.GUARANTOR_IR;
import static org.truce.talks.Cast.GUARANTOR_RU;
import static org.truce.talks.Cast.OBSERVER_JO;
import static org.truce.talks.Cast.PARTY_GOV;
import static org.truce.talks.Cast.PARTY_OPP;
import static org.truce.talks.Cast.SECRETARIAT_KZ;

class ProposalTest {

	private static final Instant TABLED = Instant.parse("2017-01-24T09:00:00Z");
	private static final String TEXT = "Monitors report weekly to the guarantors.";

	@Test
	void aTabledProposalStartsAtVersionOneAtMechanismLevelAndRaisesProposalSubmitted() {
		var proposal = tabled();

		var details = proposal.details(PARTY_OPP);
		assertThat(details.status()).isEqualTo(ProposalStatus.TABLED);
		assertThat(details.confidentiality()).isEqualTo(Confidentiality.MECHANISM);
		assertThat(details.current()).isEqualTo(new ProposalVersion(1, TEXT, null, PARTY_OPP.delegation(), TABLED));
		assertThat(proposal.takeEvents()).containsExactly(
				new ProposalSubmitted(proposal.id(), PARTY_OPP.delegation(), Confidentiality.MECHANISM, TABLED));
		assertThat(proposal.takeEvents()).isEmpty();
	}

	@Test
	void observersDoNotTableAndATitleAndTextAreRequired() {
		assertThatThrownBy(() -> Proposal.submit(new NewProposal("T", TEXT, null), OBSERVER_JO, TABLED))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> Proposal.submit(new NewProposal(" ", TEXT, null), PARTY_OPP, TABLED))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("title:");
		assertThatThrownBy(() -> Proposal.submit(new NewProposal("T", null, null), PARTY_OPP, TABLED))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("text:");
	}

	@Test
	void onlyTheSubmitterRevisesWithAReasonAndAChangedTextAndNothingIsOverwritten() {
		var proposal = tabled();

		assertThatThrownBy(() -> proposal.revise("Other text", "why", PARTY_GOV, TABLED)).isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> proposal.revise(TEXT + "\r\n", "why", PARTY_OPP, TABLED))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("text:");
		assertThatThrownBy(() -> proposal.revise("Monitors report daily.", "", PARTY_OPP, TABLED))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reason:");
		var version = proposal.revise("Monitors report\r\ndaily.", "Weekly is too slow", PARTY_OPP, TABLED.plusSeconds(60));

		assertThat(version.number()).isEqualTo(2);
		assertThat(version.text()).isEqualTo("Monitors report\ndaily.");
		assertThat(proposal.details(PARTY_OPP).versions()).extracting(ProposalVersion::text).containsExactly(TEXT,
				"Monitors report\ndaily.");
		assertThat(proposal.details(PARTY_OPP).diff(1, 2)).contains(
				new DiffSegment(DiffSegment.Op.DELETE, " weekly to the guarantors"),
				new DiffSegment(DiffSegment.Op.INSERT, "\ndaily"));
		assertThatThrownBy(() -> proposal.details(PARTY_OPP).diff(1, 3))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("to:");
	}

	@Test
	void aNewPositionSupersedesTheDelegationsEarlierOneOnTheSameVersionAndTheHistoryStays() {
		var proposal = tabled();

		proposal.takePosition(Stance.OPPOSE, null, GUARANTOR_IR, TABLED);
		proposal.takePosition(Stance.SUPPORT, "On reflection", GUARANTOR_IR, TABLED.plusSeconds(1));
		proposal.takePosition(Stance.AMEND, "Daily, not weekly", GUARANTOR_RU, TABLED.plusSeconds(2));

		var details = proposal.details(GUARANTOR_RU);
		assertThat(details.positions()).hasSize(3);
		assertThat(details.currentPositions()).extracting(p -> p.delegation().value() + ":" + p.stance() + ":" + p.number())
			.containsExactly("IR:SUPPORT:2", "RU:AMEND:1");

		proposal.revise("Monitors report daily.", "Amended as Russia asked", PARTY_OPP, TABLED.plusSeconds(3));
		assertThat(proposal.details(GUARANTOR_RU).currentPositions()).as("positions were on version 1").isEmpty();
		assertThat(proposal.takePosition(Stance.SUPPORT, null, GUARANTOR_IR, TABLED.plusSeconds(4)))
			.extracting(Position::version, Position::number).containsExactly(2, 1);
	}

	@Test
	void positionsAreTakenByTheOtherDelegationsAtTheTableAndAnAmendmentSaysHow() {
		var proposal = tabled();

		assertThatThrownBy(() -> proposal.takePosition(Stance.SUPPORT, null, PARTY_OPP, TABLED))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> proposal.takePosition(Stance.SUPPORT, null, OBSERVER_JO, TABLED))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> proposal.takePosition(Stance.SUPPORT, null, SECRETARIAT_KZ, TABLED))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> proposal.takePosition(Stance.AMEND, " ", GUARANTOR_RU, TABLED))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("text:");
		assertThatThrownBy(() -> proposal.takePosition(null, null, GUARANTOR_RU, TABLED))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("position:");

		assertThat(proposal.takePosition(Stance.OPPOSE, null, PARTY_GOV, TABLED).stance()).isEqualTo(Stance.OPPOSE);
	}

	@Test
	void theSecretariatMovesTheStatusForwardAndTheSubmitterMayWithdrawButNoMoveSkipsOrReturns() {
		var proposal = tabled();

		assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.UNDER_DISCUSSION, "agenda", PARTY_OPP, TABLED))
			.isInstanceOf(ForbiddenException.class);
		assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.ADOPTED, "agreed", SECRETARIAT_KZ, TABLED))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.UNDER_DISCUSSION, " ", SECRETARIAT_KZ, TABLED))
			.isInstanceOf(InvalidInputException.class).hasMessageStartingWith("reason:");
		var change = proposal.moveTo(ProposalStatus.UNDER_DISCUSSION, "On the agenda", SECRETARIAT_KZ, TABLED);
		assertThat(change).isEqualTo(new StatusChange(1, ProposalStatus.TABLED, ProposalStatus.UNDER_DISCUSSION, "On the agenda",
				SECRETARIAT_KZ.delegation(), TABLED));
		assertThat(proposal.details(PARTY_OPP).actions().statusMoves()).containsExactly(ProposalStatus.WITHDRAWN);
		assertThat(proposal.details(SECRETARIAT_KZ).actions().statusMoves()).containsExactly(ProposalStatus.ADOPTED,
				ProposalStatus.WITHDRAWN);

		proposal.moveTo(ProposalStatus.WITHDRAWN, "Overtaken by events", PARTY_OPP, TABLED);
		assertThatThrownBy(() -> proposal.moveTo(ProposalStatus.UNDER_DISCUSSION, "again", SECRETARIAT_KZ, TABLED))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> proposal.revise("New", "why", PARTY_OPP, TABLED)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> proposal.takePosition(Stance.SUPPORT, null, GUARANTOR_RU, TABLED))
			.isInstanceOf(ConflictException.class);
		assertThat(proposal.details(SECRETARIAT_KZ).actions()).isEqualTo(new ProposalActions(false, false, java.util.List.of()));
	}

	@Test
	void whoSeesAProposalFollowsItsLevel() {
		var guarantorsOnly = Proposal.submit(new NewProposal("T", TEXT, Confidentiality.GUARANTORS), PARTY_OPP, TABLED);

		assertThat(guarantorsOnly.visibleTo(PARTY_OPP)).isTrue();
		assertThat(guarantorsOnly.visibleTo(GUARANTOR_RU)).isTrue();
		assertThat(guarantorsOnly.visibleTo(PARTY_GOV)).isFalse();
		assertThat(guarantorsOnly.visibleTo(OBSERVER_JO)).isFalse();
		assertThat(tabled().visibleTo(OBSERVER_JO)).isTrue();
		assertThat(tabled().visibleTo(Viewer.anonymous())).isFalse();
	}

	private static Proposal tabled() {
		return Proposal.submit(new NewProposal("Monitoring", TEXT, null), PARTY_OPP, TABLED);
	}
}
