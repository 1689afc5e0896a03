package org.truce.talks;

import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.Viewer;

/** The members the talks' tests act as: the demo scenario's users, one per delegation. */
final class Cast {

	static final Viewer.Member GUARANTOR_RU = member("guarantor.ru", "RU", Role.GUARANTOR);
	static final Viewer.Member GUARANTOR_TR = member("guarantor.tr", "TR", Role.GUARANTOR);
	static final Viewer.Member GUARANTOR_IR = member("guarantor.ir", "IR", Role.GUARANTOR);
	static final Viewer.Member PARTY_GOV = member("party.gov", "SYG", Role.PARTY);
	static final Viewer.Member PARTY_OPP = member("party.opp", "SYO", Role.PARTY);
	static final Viewer.Member OBSERVER_JO = member("observer.jo", "JO", Role.OBSERVER);
	static final Viewer.Member SECRETARIAT_KZ = member("secretariat.kz", "KZ", Role.SECRETARIAT);
	static final Viewer.Member MONITOR = member("monitor.1", "MON1", Role.MONITOR);

	private Cast() {
	}

	private static Viewer.Member member(String username, String delegation, Role role) {
		return new Viewer.Member(username, new DelegationCode(delegation), role);
	}
}
