package org.truce.identity.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.truce.core.Role;
import org.truce.identity.Delegations;

/** The delegations of the mechanism and their roles: public knowledge, as the agreement itself is. */
@RestController
class DelegationController {

	private final Delegations delegations;

	DelegationController(Delegations delegations) {
		this.delegations = delegations;
	}

	@GetMapping("/api/v1/delegations")
	DelegationList list() {
		return new DelegationList(delegations.all().stream()
			.map(d -> new DelegationView(d.code().value(), d.name(), d.role()))
			.toList());
	}

	record DelegationView(String code, String name, Role role) {
	}

	record DelegationList(List<DelegationView> items) {
	}
}
