package org.truce.verification.web;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.truce.core.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Every field of a determination is kept and answered, or refused naming it: nothing is dropped. */
class DeterminationJsonTest {

	private static final UUID ACTOR = UUID.randomUUID();

	@Test
	void theExplanationOfEveryTypeIsKeptAndAnsweredAsExplanation() {
		var written = List.of(
				new DeterminationJson("CONFIRMED_VIOLATION", ACTOR, List.of("1", "3"), null, "not proportionate"),
				new DeterminationJson("not a violation", null, List.of("5"), "excluded-target", "an excluded group"),
				new DeterminationJson("UNSUBSTANTIATED", null, null, null, "nothing bears it out"),
				new DeterminationJson("UNVERIFIABLE", null, List.of(), "ACCESS_DENIED", "turned back"));

		assertThat(written).extracting(json -> DeterminationJson.of(json.toDetermination()))
			.extracting(DeterminationJson::type, DeterminationJson::reason, DeterminationJson::explanation)
			.containsExactly(
					tuple("CONFIRMED_VIOLATION", null, "not proportionate"),
					tuple("NOT_A_VIOLATION", "EXCLUDED_TARGET", "an excluded group"),
					tuple("UNSUBSTANTIATED", null, "nothing bears it out"),
					tuple("UNVERIFIABLE", "ACCESS_DENIED", "turned back"));
	}

	@Test
	void aTextualReasonOfATypeWithoutReasonCodesIsItsExplanation() {
		var answered = DeterminationJson.of(
				new DeterminationJson("CONFIRMED_VIOLATION", ACTOR, List.of("1"), "The fire was aimed at homes", null).toDetermination());

		assertThat(answered.explanation()).isEqualTo("The fire was aimed at homes");
		assertThat(answered.reason()).isNull();
	}

	@Test
	void whatATypeDoesNotCarryIsRefusedNamingTheField() {
		assertThatThrownBy(() -> new DeterminationJson("UNVERIFIABLE", ACTOR, List.of("1"), "ACCESS_DENIED", null).toDetermination())
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
				.extracting(InvalidInputException.FieldError::field)
				.containsExactly("determination.attributedToActorId", "determination.clauses"));
		assertThatThrownBy(() -> new DeterminationJson("CONFIRMED_VIOLATION", ACTOR, List.of("1"), "insufficient evidence", null)
			.toDetermination())
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().getFirst().field()).isEqualTo("determination.reason"));
		assertThatThrownBy(() -> new DeterminationJson("UNSUBSTANTIATED", null, null, "one text", "another text").toDetermination())
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().getFirst().field()).isEqualTo("determination.reason"));
		assertThatThrownBy(() -> new DeterminationJson("NOT_A_VIOLATION", null, List.of("3", "5"), "LAWFUL_UNDER_CLAUSE", null)
			.toDetermination())
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().getFirst().field()).isEqualTo("determination.clauses"));
	}
}
