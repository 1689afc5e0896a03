package org.truce.demo;

import org.truce.core.DelegationCode;
import org.truce.core.Role;

/** A delegation of the reference scenario and the one demo user acting for it. */
record ScenarioMember(DelegationCode code, String name, Role role, String username, boolean administrator) {

	ScenarioMember(String code, String name, Role role, String username) {
		this(new DelegationCode(code), name, role, username, false);
	}
}
