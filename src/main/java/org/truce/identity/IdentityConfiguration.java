package org.truce.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password hashing and sign-in, shared by the web application and the command line. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

	/** bcrypt by default; hashes name their algorithm, so a later change of algorithm keeps old hashes readable. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationManager authenticationManager(JdbcUserAccounts users, PasswordEncoder encoder, LoginThrottle throttle) {
		return new ProviderManager(new ThrottledPasswordAuthentication(users, encoder, throttle));
	}
}
