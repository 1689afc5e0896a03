package org.truce.identity;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers unauthenticated and forbidden API requests with problem details: 401 with a {@code WWW-Authenticate}
 * challenge, 429 with {@code Retry-After} and the wait in words while sign-in is throttled, 403 for a role that may not
 * act.
 */
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

	private final JsonMapper json;
	private final MessageSource messages;
	private final List<String> challenges;

	ProblemEntryPoint(JsonMapper json, MessageSource messages, String... challenges) {
		this.json = json;
		this.messages = messages;
		this.challenges = List.of(challenges);
	}

	/**
	 * The wait as the bundles say it ({@code throttle.wait}: "1 second", "14 seconds", "15 minutes"), given the seconds
	 * and the same in minutes, rounded up.
	 */
	private String waitInWords(long seconds, Locale locale) {
		return messages.getMessage("throttle.wait", new Object[] { seconds, (seconds + 59) / 60 }, locale);
	}

	@Override
	public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
		if (e instanceof LoginThrottledException throttled) {
			var seconds = throttled.retryAfterSeconds();
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
			write(response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins", messages.getMessage("api.throttled",
					new Object[] { waitInWords(seconds, request.getLocale()) }, request.getLocale()));
			return;
		}
		challenges.forEach(challenge -> response.addHeader(HttpHeaders.WWW_AUTHENTICATE, challenge));
		write(response, HttpStatus.UNAUTHORIZED, "Unauthorized",
				e.getMessage() == null ? "Authentication is required" : e.getMessage());
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
		write(response, HttpStatus.FORBIDDEN, "Forbidden", "Your delegation's role does not allow this");
	}

	private void write(HttpServletResponse response, HttpStatus status, String title, String detail) throws IOException {
		var problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(problem));
	}
}
