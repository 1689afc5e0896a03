package org.truce.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClauseTest {

	private static final DelegationCode SECRETARIAT = new DelegationCode("KZ");
	private static final Instant SIGNED = Instant.parse("2016-12-29T22:00:00Z");
	private static final Instant AMENDED = Instant.parse("2017-01-24T00:00:00Z");
	private static final Instant NOW = Instant.parse("2017-02-01T00:00:00Z");

	private final Agreement agreement = new Agreement(new AgreementId(java.util.UUID.randomUUID()), "Ceasefire",
			LocalDate.parse("2016-12-29"), SIGNED, DecisionRule.UNANIMITY, List.of(), List.of());

	@Test
	void anAmendmentAddsTheNextVersionAndEndsThePreviousOnesForce() {
		var clause = agreement.addClause("1", draft("Cease all attacks.", SIGNED, null), SECRETARIAT, NOW);
		var amendment = clause.amend(draft("Cease all attacks, including by air.", AMENDED, "Astana meeting of 23–24 January"),
				SECRETARIAT, NOW);
		var amended = new Clause("1", List.of(clause.latest(), amendment));

		assertThat(amendment.version()).isEqualTo(2);
		assertThat(amended.versions()).extracting(ClauseVersion::text)
			.containsExactly("Cease all attacks.", "Cease all attacks, including by air.");
		assertThat(amended.effectiveUntil(amended.versions().getFirst())).isEqualTo(AMENDED);
		assertThat(amended.effectiveUntil(amendment)).isNull();
		assertThat(amended.versionAt(AMENDED.minusSeconds(1))).map(ClauseVersion::version).contains(1);
		assertThat(amended.versionAt(AMENDED)).map(ClauseVersion::version).contains(2);
		assertThat(amended.versionAt(SIGNED.minusSeconds(1))).isEmpty();
	}

	@Test
	void aVersionWithItsOwnEndLeavesTheClauseOutOfForceUntilTheNextVersion() {
		var lapse = Instant.parse("2017-01-10T00:00:00Z");
		var first = Clause.first("2.a", new ClauseDraft("Temporary text.", new EffectivePeriod(SIGNED, lapse), null), SECRETARIAT, NOW);
		var second = first.amend(draft("Renewed text.", AMENDED, "Renewed at Astana"), SECRETARIAT, NOW);
		var clause = new Clause("2.a", List.of(first.latest(), second));

		assertThat(clause.effectiveUntil(first.latest())).isEqualTo(lapse);
		assertThat(clause.versionAt(lapse)).isEmpty();
		assertThat(clause.versionAt(AMENDED)).map(ClauseVersion::text).contains("Renewed text.");
	}

	@Test
	void anAmendmentSaysWhyAndTakesEffectAfterTheLatestVersion() {
		var clause = agreement.addClause("1", draft("Cease all attacks.", SIGNED, null), SECRETARIAT, NOW);

		assertThatThrownBy(() -> clause.amend(draft("New text.", AMENDED, null), SECRETARIAT, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("reason"));
		assertThatThrownBy(() -> clause.amend(draft("New text.", SIGNED, "Backdated"), SECRETARIAT, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().getFirst().field()).isEqualTo("effectiveFrom"));
	}

	@Test
	void aClauseNumberIsUsedOnceAndTheClauseTakesEffectNoEarlierThanTheAgreement() {
		var withClause = new Agreement(agreement.id(), agreement.name(), agreement.signedOn(), SIGNED, DecisionRule.UNANIMITY,
				List.of(), List.of(Clause.first("1", draft("Text.", SIGNED, null), SECRETARIAT, NOW)));

		assertThatThrownBy(() -> withClause.addClause("1", draft("Other text.", SIGNED, null), SECRETARIAT, NOW))
			.isInstanceOf(ConflictException.class);
		assertThatThrownBy(() -> agreement.addClause("3", draft("Text.", SIGNED.minusSeconds(60), null), SECRETARIAT, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.errors().getFirst().field()).isEqualTo("effectiveFrom"));
		assertThatThrownBy(() -> agreement.addClause("one two", draft("Text.", SIGNED, null), SECRETARIAT, NOW))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("number"));
	}

	@Test
	void clausesReadInNumberOrder() {
		var clauses = List.of("10", "2.b", "2", "1", "2.a").stream()
			.map(n -> Clause.first(n, draft("Text " + n, SIGNED, null), SECRETARIAT, NOW))
			.toList();
		var ordered = new Agreement(agreement.id(), agreement.name(), agreement.signedOn(), SIGNED, DecisionRule.UNANIMITY,
				List.of(), clauses);

		assertThat(ordered.clauses()).extracting(Clause::number).containsExactly("1", "2", "2.a", "2.b", "10");
	}

	@Test
	void aTextIsRequired() {
		assertThatThrownBy(() -> draft("  ", SIGNED, null))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("text"));
	}

	private static ClauseDraft draft(String text, Instant from, String reason) {
		return new ClauseDraft(text, EffectivePeriod.from(from), reason);
	}
}
