package org.truce.demo;

import java.util.List;

import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.Viewer;

/** Who takes part in the reference scenario: the Astana mechanism of January to March 2017. */
final class ReferenceScenario {

	static final DelegationCode RUSSIA = new DelegationCode("RU");
	static final DelegationCode TURKEY = new DelegationCode("TR");
	static final DelegationCode IRAN = new DelegationCode("IR");
	static final DelegationCode GOVERNMENT = new DelegationCode("SYG");
	static final DelegationCode OPPOSITION = new DelegationCode("SYO");
	static final DelegationCode JORDAN = new DelegationCode("JO");
	static final DelegationCode UNITED_NATIONS = new DelegationCode("UN");
	static final DelegationCode KAZAKHSTAN = new DelegationCode("KZ");
	static final DelegationCode MONITORS = new DelegationCode("MON1");

	static final List<ScenarioMember> MEMBERS = List.of(
			new ScenarioMember("RU", "Russian Federation", Role.GUARANTOR, "guarantor.ru"),
			new ScenarioMember("TR", "Republic of Turkey", Role.GUARANTOR, "guarantor.tr"),
			new ScenarioMember("IR", "Islamic Republic of Iran", Role.GUARANTOR, "guarantor.ir"),
			new ScenarioMember("SYG", "Government of the Syrian Arab Republic", Role.PARTY, "party.gov"),
			new ScenarioMember("SYO", "Armed opposition delegation", Role.PARTY, "party.opp"),
			new ScenarioMember("JO", "Hashemite Kingdom of Jordan", Role.OBSERVER, "observer.jo"),
			new ScenarioMember("UN", "United Nations", Role.OBSERVER, "observer.un"),
			new ScenarioMember("KZ", "Republic of Kazakhstan (host secretariat)", Role.SECRETARIAT, "secretariat.kz"),
			new ScenarioMember("MON1", "Field monitoring team 1", Role.MONITOR, "monitor.1"),
			new ScenarioMember(KAZAKHSTAN, "Republic of Kazakhstan (host secretariat)", Role.SECRETARIAT, "admin", true));

	private ReferenceScenario() {
	}

	/** The scenario's user acting for a delegation. */
	static Viewer.Member member(DelegationCode delegation) {
		return MEMBERS.stream()
			.filter(member -> member.code().equals(delegation) && !member.administrator())
			.map(member -> new Viewer.Member(member.username(), member.code(), member.role()))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No member of the scenario acts for " + delegation));
	}
}
