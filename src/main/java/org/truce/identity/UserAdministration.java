package org.truce.identity;

import java.util.List;
import java.util.Optional;

import org.truce.core.DelegationCode;

/** Adds users to delegations and sets their passwords; used by the CLI, the demo seed and administrators. */
public interface UserAdministration {

	UserSummary addUser(String username, DelegationCode delegation, String password, boolean administrator);

	/**
	 * Creates the user, or resets its delegation, flag and password if it exists: for seeding scenarios, where the
	 * operator chose the password and the usual length rule does not apply.
	 */
	void provision(String username, DelegationCode delegation, String password, boolean administrator);

	void changePassword(String username, String newPassword);

	Optional<UserSummary> find(String username);

	List<UserSummary> all();

	record UserSummary(String username, DelegationCode delegation, boolean administrator, boolean enabled) {
	}
}
