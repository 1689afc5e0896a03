package org.truce.demo;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.truce.TruceIntegrationTest;
import org.truce.agreement.Actor;
import org.truce.agreement.Actors;
import org.truce.agreement.Designation;
import org.truce.agreement.DesignationKind;
import org.truce.agreement.Dispute;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actors as the demo seeds them: the guarantors exclude ISIL and Jabhat Fateh al-Sham, undisputed, and Russia's
 * exclusion of Ahrar al-Sham is disputed by Turkey and by the opposition, as at Astana; seeding again adds nothing.
 */
@TruceIntegrationTest
class ScenarioActorsIntegrationTest {

	/** Other tests designate these actors too, in the name of delegations of their own. */
	private static final List<String> GUARANTORS = List.of("RU", "TR", "IR");

	@Autowired
	Actors actors;

	@Autowired
	ScenarioActors scenario;

	@Test
	void theGuarantorsExcludeIsilAndJabhatFatehAlShamUndisputed() {
		for (int ucdpId : new int[] { GedReportMapping.ISLAMIC_STATE, GedReportMapping.JABHAT_FATEH_AL_SHAM }) {
			var byGuarantors = seeded(ucdpId).designations().stream()
				.filter(d -> GUARANTORS.contains(d.designatedBy().value()))
				.toList();
			assertThat(byGuarantors).extracting(d -> d.designatedBy().value()).containsExactlyInAnyOrderElementsOf(GUARANTORS);
			assertThat(byGuarantors).allMatch(d -> d.kind() == DesignationKind.EXCLUDED_FROM_TRUCE).noneMatch(Designation::isDisputed);
		}
	}

	@Test
	void russiasExclusionOfAhrarAlShamIsDisputedByTurkeyAndTheOppositionOnce() {
		scenario.seed();

		var ahrar = seeded(ScenarioActors.AHRAR_AL_SHAM);
		assertThat(ahrar.name()).isEqualTo("Ahrar al-Sham");
		assertThat(ahrar.designations()).filteredOn(d -> d.designatedBy().value().equals("RU")).singleElement().satisfies(designation -> {
			assertThat(designation.kind()).isEqualTo(DesignationKind.EXCLUDED_FROM_TRUCE);
			assertThat(designation.designatedBy().value()).isEqualTo("RU");
			assertThat(designation.disputes()).extracting(d -> d.disputedBy().value()).containsExactly("TR", "SYO");
			assertThat(designation.disputes()).extracting(Dispute::reason).allMatch(reason -> !reason.isBlank());
		});
	}

	private Actor seeded(int ucdpId) {
		return actors.search("", 1_000).items().stream()
			.filter(actor -> actor.ucdpId() != null && actor.ucdpId() == ucdpId)
			.findFirst()
			.orElseThrow();
	}
}
