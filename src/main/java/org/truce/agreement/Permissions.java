package org.truce.agreement;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.identity.Delegations;

/**
 * Who may change the register: decided by the member's role, in the module, whichever door the command came in by.
 * Seeding acts without a signed-in member, in the name of a delegation that must at least exist; so must every
 * delegation the register names.
 */
final class Permissions {

	private Permissions() {
	}

	static void require(Viewer.Member member, String action, Role... allowed) {
		if (!Arrays.asList(allowed).contains(member.role())) {
			throw new ForbiddenException("Only " + Arrays.stream(allowed).map(r -> r.name().toLowerCase())
				.collect(Collectors.joining(" or ")) + " delegations may " + action);
		}
	}

	/** @param field where the code was given, for the error */
	static void requireExisting(Delegations delegations, DelegationCode delegation, String field) {
		if (delegations.find(delegation).isEmpty()) {
			throw new InvalidInputException(field, "no delegation has the code " + delegation);
		}
	}
}
