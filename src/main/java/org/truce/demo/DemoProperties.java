package org.truce.demo;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled whether to seed the reference scenario at start-up ({@code truce demo} turns it on)
 * @param password the demo users' password ({@code TRUCE_DEMO_PASSWORD}); when empty, each user gets a random one
 *     at every start, printed once
 */
@ConfigurationProperties("truce.demo")
record DemoProperties(boolean enabled, @Nullable String password) {

	boolean hasPassword() {
		return password != null && !password.isEmpty();
	}
}
