package org.truce.identity;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/** Authenticates API requests that carry {@code Authorization: Bearer <token>}; a bad token is answered 401 at once. */
class BearerTokenFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer ";

	private final JdbcApiTokens tokens;
	private final JdbcUserAccounts users;
	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFilter(JdbcApiTokens tokens, JdbcUserAccounts users, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.users = users;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		var header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			chain.doFilter(request, response);
			return;
		}
		var user = tokens.authenticate(header.substring(SCHEME.length()).trim()).flatMap(this::load);
		if (user.isEmpty()) {
			SecurityContextHolder.clearContext();
			entryPoint.commence(request, response, new BadCredentialsException("The bearer token is unknown, expired or revoked"));
			return;
		}
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}

	private Optional<TruceUser> load(String username) {
		try {
			var user = users.loadUserByUsername(username);
			user.eraseCredentials();
			return Optional.of(user);
		}
		catch (UsernameNotFoundException e) {
			return Optional.empty();
		}
	}
}
