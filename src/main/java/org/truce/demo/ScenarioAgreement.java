package org.truce.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Component;
import org.truce.agreement.AgreementMember;
import org.truce.agreement.Agreements;
import org.truce.agreement.ClauseDraft;
import org.truce.agreement.DecisionRule;
import org.truce.agreement.EffectivePeriod;
import org.truce.agreement.NewAgreement;

/**
 * The ceasefire agreement of 30 December 2016, its members and its clauses, in our own words. It took effect at
 * midnight in Damascus, 22:00 UTC the day before.
 */
@Component
class ScenarioAgreement {

	static final String NAME = "Ceasefire agreement of 30 December 2016";
	static final Instant IN_FORCE = Instant.parse("2016-12-29T22:00:00Z");

	private static final List<String[]> CLAUSES = List.of(
			new String[] { "1", "The parties cease all armed attacks against one another, including with aircraft, rockets, "
					+ "mortars and anti-tank guided missiles, throughout the territory of the Syrian Arab Republic." },
			new String[] { "2", "The parties neither take nor seek to take territory held by another party to the ceasefire." },
			new String[] { "3", "Force may be used only in proportionate response to an attack, and only in self-defence." },
			new String[] { "4", "The parties allow rapid, safe and unhindered humanitarian access, including medical "
					+ "evacuations, to every population in need." },
			new String[] { "5", "The ceasefire does not extend to groups the guarantors designate as excluded, among them "
					+ "the Islamic State (ISIL) and Jabhat Fateh al-Sham; operations against them are no breach." },
			new String[] { "6", "The guarantors monitor compliance jointly, examine every alleged breach and rule on it." },
			new String[] { "7", "As measures of trust, the parties release detainees and abductees and exchange what they "
					+ "know of missing persons." },
			new String[] { "8", "The parties refrain from hostile propaganda against one another." });

	private final Agreements agreements;

	ScenarioAgreement(Agreements agreements) {
		this.agreements = agreements;
	}

	void seed() {
		var members = ReferenceScenario.MEMBERS.stream()
			.filter(member -> !member.administrator())
			.map(member -> new AgreementMember(member.code(), member.role()))
			.toList();
		var agreement = agreements.establish(
				new NewAgreement(NAME, LocalDate.of(2016, 12, 29), IN_FORCE, DecisionRule.UNANIMITY, members),
				ReferenceScenario.KAZAKHSTAN);
		for (var clause : CLAUSES) {
			agreements.seedClause(agreement.id(), clause[0], new ClauseDraft(clause[1], EffectivePeriod.from(IN_FORCE), null),
					ReferenceScenario.KAZAKHSTAN);
		}
	}
}
