package org.truce.identity;

import java.util.List;
import java.util.Optional;

import org.truce.core.DelegationCode;

/** The delegations of the mechanism. */
public interface Delegations {

	List<Delegation> all();

	Optional<Delegation> find(DelegationCode code);

	/** Registers a delegation, or updates its name and role if the code is already known. */
	Delegation register(Delegation delegation);
}
