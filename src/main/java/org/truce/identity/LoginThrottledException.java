package org.truce.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/** A sign-in refused without checking the password, because too many attempts failed recently. */
class LoginThrottledException extends AuthenticationException {

	private final Duration retryAfter;

	LoginThrottledException(Duration retryAfter) {
		super("Too many failed sign-ins; try again in " + Math.max(1, retryAfter.toSeconds()) + " seconds");
		this.retryAfter = retryAfter;
	}

	Duration retryAfter() {
		return retryAfter;
	}
}
