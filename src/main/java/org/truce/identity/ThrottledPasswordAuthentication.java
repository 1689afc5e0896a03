package org.truce.identity;

import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in for the web form and for HTTP Basic alike: refused outright while the user name or the
 * address is throttled, and every failure counted.
 */
class ThrottledPasswordAuthentication implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwords;
	private final LoginThrottle throttle;

	ThrottledPasswordAuthentication(JdbcUserAccounts users, PasswordEncoder encoder, LoginThrottle throttle) {
		this.passwords = new DaoAuthenticationProvider(users);
		this.passwords.setPasswordEncoder(encoder);
		this.throttle = throttle;
	}

	@Override
	public @Nullable Authentication authenticate(Authentication authentication) throws AuthenticationException {
		var username = authentication.getName();
		var address = authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
		var blocked = throttle.blockedFor(username, address);
		if (blocked.isPresent()) {
			throw new LoginThrottledException(blocked.get());
		}
		try {
			var result = passwords.authenticate(authentication);
			throttle.recordSuccess(username);
			return result;
		}
		catch (AuthenticationException e) {
			throttle.recordFailure(username, address);
			throw e;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}
