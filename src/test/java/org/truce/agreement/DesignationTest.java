package org.truce.agreement;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DesignationTest {

	private static final DelegationCode RUSSIA = new DelegationCode("RU");
	private static final DelegationCode TURKEY = new DelegationCode("TR");
	private static final Instant FROM = Instant.parse("2016-12-29T22:00:00Z");
	private static final Instant TO = Instant.parse("2017-03-31T21:00:00Z");
	private static final Instant NOW = Instant.parse("2017-01-05T10:00:00Z");

	private final Actor actor = new Actor(new ActorId(UUID.randomUUID()), "Jabhat Fateh al-Sham", List.of("Jabhat al-Nusra"),
			ActorKind.ARMED_GROUP, 1170, List.of(), List.of());

	@Test
	void aDesignationHoldsFromItsStartUntilJustBeforeItsEnd() {
		var designation = actor.designate(excluded(new EffectivePeriod(FROM, TO)), RUSSIA, NOW);

		assertThat(designation.isEffectiveAt(FROM.minusMillis(1))).isFalse();
		assertThat(designation.isEffectiveAt(FROM)).isTrue();
		assertThat(designation.isEffectiveAt(TO.minusMillis(1))).isTrue();
		assertThat(designation.isEffectiveAt(TO)).isFalse();
	}

	@Test
	void anOpenEndedDesignationHoldsFromItsStartOn() {
		var designation = actor.designate(excluded(EffectivePeriod.from(FROM)), RUSSIA, NOW);

		assertThat(designation.isEffectiveAt(FROM.minusMillis(1))).isFalse();
		assertThat(designation.isEffectiveAt(Instant.parse("2030-01-01T00:00:00Z"))).isTrue();
	}

	@Test
	void aPeriodEndsAfterItStarts() {
		assertThatThrownBy(() -> new EffectivePeriod(TO, FROM))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().getFirst().field()).isEqualTo("effectiveTo"));
		assertThatThrownBy(() -> new EffectivePeriod(FROM, FROM)).isInstanceOf(InvalidInputException.class);
	}

	@Test
	void theActorsDesignationsAtAnInstantIncludeDisputedOnes() {
		var disputed = actor.designate(excluded(new EffectivePeriod(FROM, TO)), RUSSIA, NOW);
		var withDispute = new Designation(disputed.id(), disputed.kind(), disputed.effective(), RUSSIA, disputed.basis(), NOW,
				List.of(disputed.dispute(TURKEY, "Some of its units joined the truce", NOW)));
		var later = actor.designate(new NewDesignation(DesignationKind.TERRORIST_LISTED, EffectivePeriod.from(TO), "UNSC"), RUSSIA, NOW);
		var designated = new Actor(actor.id(), actor.name(), actor.aliases(), actor.kind(), actor.ucdpId(), List.of(),
				List.of(withDispute, later));

		assertThat(designated.designationsAt(NOW)).containsExactly(withDispute);
		assertThat(designated.designationsAt(NOW).getFirst().isDisputed()).isTrue();
		assertThat(designated.designationsAt(TO)).containsExactly(later);
	}

	@Test
	void eachDelegationDisputesADesignationOnceAndNeverItsOwn() {
		var designation = actor.designate(excluded(EffectivePeriod.from(FROM)), RUSSIA, NOW);
		var dispute = designation.dispute(TURKEY, "  Its units signed the truce  ", NOW);
		var disputed = new Designation(designation.id(), designation.kind(), designation.effective(), RUSSIA, designation.basis(),
				NOW, List.of(dispute));

		assertThat(designation.isDisputed()).isFalse();
		assertThat(dispute.reason()).isEqualTo("Its units signed the truce");
		assertThat(disputed.isDisputed()).isTrue();
		assertThat(disputed.disputeBy(TURKEY)).contains(dispute);
		assertThatThrownBy(() -> disputed.dispute(TURKEY, "Again", NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> designation.dispute(RUSSIA, "Changed our mind", NOW)).isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> designation.dispute(TURKEY, " ", NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("reason"));
	}

	@Test
	void theSameDesignationBySameDelegationIsRecordedOnce() {
		var designation = actor.designate(excluded(EffectivePeriod.from(FROM)), RUSSIA, NOW);
		var designated = new Actor(actor.id(), actor.name(), actor.aliases(), actor.kind(), actor.ucdpId(), List.of(),
				List.of(designation));
		var sameWithOtherWords = new NewDesignation(DesignationKind.EXCLUDED_FROM_TRUCE, EffectivePeriod.from(FROM), "Other words");

		assertThat(designated.designationLike(sameWithOtherWords, RUSSIA)).contains(designation);
		assertThatThrownBy(() -> designated.designate(sameWithOtherWords, RUSSIA, NOW)).isInstanceOf(ConflictException.class);
		assertThat(designated.designate(sameWithOtherWords, TURKEY, NOW).designatedBy()).isEqualTo(TURKEY);
	}

	@Test
	void aBasisIsRequired() {
		assertThatThrownBy(() -> excluded(EffectivePeriod.from(FROM), ""))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("basis"));
	}

	private static NewDesignation excluded(EffectivePeriod period) {
		return excluded(period, "Listed by UN Security Council resolution 2254 (2015)");
	}

	private static NewDesignation excluded(EffectivePeriod period, String basis) {
		return new NewDesignation(DesignationKind.EXCLUDED_FROM_TRUCE, period, basis);
	}
}
