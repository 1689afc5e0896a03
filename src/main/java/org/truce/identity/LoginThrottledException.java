package org.truce.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because too many attempts failed recently. */
class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; blocked for another " + retryAfter);
		this.retryAfter = retryAfter;
	}

	/** The wait in whole seconds, rounded up and at least one: what {@code Retry-After} and the messages say. */
	long retryAfterSeconds() {
		return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
	}
}
