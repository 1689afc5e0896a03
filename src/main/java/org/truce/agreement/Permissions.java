package org.truce.agreement;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.truce.core.ForbiddenException;
import org.truce.core.Role;
import org.truce.core.Viewer;

/** Who may change the register: decided by the member's role, in the module, whichever door the command came in by. */
final class Permissions {

	private Permissions() {
	}

	static void require(Viewer.Member member, String action, Role... allowed) {
		if (!Arrays.asList(allowed).contains(member.role())) {
			throw new ForbiddenException("Only " + Arrays.stream(allowed).map(r -> r.name().toLowerCase() + "s")
				.collect(Collectors.joining(" and ")) + " may " + action);
		}
	}
}
