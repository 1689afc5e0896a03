package org.truce.demo;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.truce.core.Confidentiality;
import org.truce.humanitarian.HumanitarianItems;
import org.truce.humanitarian.HumanitarianKind;

/**
 * The humanitarian file of the scenario's first technical meetings, in our own words: a medical evacuation, an aid
 * convoy, the release of detainees and lists of missing persons, with the parties' commitments — some kept, some not —
 * each raised and made in January 2017.
 */
@Component
class ScenarioHumanitarian {

	private final HumanitarianItems items;
	private final ScenarioClock clock;

	ScenarioHumanitarian(HumanitarianItems items, ScenarioClock clock) {
		this.items = items;
		this.clock = clock;
	}

	void seed() {
		clock.at(Instant.parse("2017-01-24T12:00:00Z"), this::seedItems);
	}

	/** Raised and committed to in the humanitarian talks held beside the Astana talks of 23 and 24 January. */
	private void seedItems() {
		var evacuation = items.seed(HumanitarianKind.MEDICAL_EVACUATION, "Medical evacuation from Madaya",
				"Evacuation of the wounded and chronically ill from besieged Madaya, in step with the Fuaa and Kafraya evacuations.",
				Confidentiality.MECHANISM, ReferenceScenario.OPPOSITION);
		items.seedCommitment(evacuation.id(), ReferenceScenario.GOVERNMENT, "Grant safe passage to the evacuation convoy",
				Instant.parse("2017-01-31T12:00:00Z"), Instant.parse("2017-01-29T16:00:00Z"));
		var convoy = items.seed(HumanitarianKind.CONVOY, "Aid convoy to Douma",
				"A joint UN and Red Crescent convoy of food and medicine to Douma in eastern Ghouta.", Confidentiality.MECHANISM,
				ReferenceScenario.KAZAKHSTAN);
		items.seedCommitment(convoy.id(), ReferenceScenario.GOVERNMENT, "Issue facilitation letters for the convoy",
				Instant.parse("2017-02-03T12:00:00Z"), null);
		items.seedCommitment(convoy.id(), ReferenceScenario.OPPOSITION, "Guarantee the convoy's security inside Douma",
				Instant.parse("2017-02-05T12:00:00Z"), null);
		var release = items.seed(HumanitarianKind.DETAINEE_RELEASE, "Release of women and children detainees",
				"A first simultaneous release of detained women and children, as a measure of trust.", Confidentiality.GUARANTORS,
				ReferenceScenario.KAZAKHSTAN);
		items.seedCommitment(release.id(), ReferenceScenario.GOVERNMENT, "Hand over a list of detainees to be released",
				Instant.parse("2017-02-10T12:00:00Z"), null);
		items.seedCommitment(release.id(), ReferenceScenario.OPPOSITION, "Hand over a list of abductees to be released",
				Instant.parse("2017-02-10T12:00:00Z"), null);
		items.seed(HumanitarianKind.MISSING_PERSONS, "Exchange of lists of missing persons",
				"Each party hands the mechanism the names of persons it seeks, for tracing by the guarantors.",
				Confidentiality.GUARANTORS, ReferenceScenario.KAZAKHSTAN);
	}
}
