package org.truce.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.truce.identity.Delegation;
import org.truce.identity.Delegations;
import org.truce.identity.UserAdministration;

/**
 * Registers the scenario's delegations and gives each demo user its password: the operator's
 * ({@code TRUCE_DEMO_PASSWORD}) or a fresh random one, since a demo's logins must be printable and nothing else
 * keeps them.
 */
@Component
class DemoLogins {

	private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
	private static final int RANDOM_LENGTH = 16;

	private final Delegations delegations;
	private final UserAdministration users;
	private final DemoProperties properties;
	private final SecureRandom random = new SecureRandom();

	DemoLogins(Delegations delegations, UserAdministration users, DemoProperties properties) {
		this.delegations = delegations;
		this.users = users;
		this.properties = properties;
	}

	List<Login> seed() {
		var logins = new ArrayList<Login>();
		for (var member : ReferenceScenario.MEMBERS) {
			delegations.register(new Delegation(member.code(), member.name(), member.role()));
			var password = properties.hasPassword() ? properties.password() : randomPassword();
			users.provision(member.username(), member.code(), password, member.administrator());
			logins.add(new Login(member.username(), member, password));
		}
		return logins;
	}

	private String randomPassword() {
		var password = new StringBuilder(RANDOM_LENGTH);
		for (int i = 0; i < RANDOM_LENGTH; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	record Login(String username, ScenarioMember member, String password) {
	}
}
