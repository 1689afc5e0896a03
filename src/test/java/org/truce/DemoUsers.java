package org.truce;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The demo scenario's users as the tests sign in: one bearer token each, obtained once per test run. */
public final class DemoUsers {

	public static final String PASSWORD = "test-demo-password";
	private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

	private DemoUsers() {
	}

	/** The {@code Authorization} header value for a demo user. */
	public static String bearer(MockMvc mvc, String username) {
		return "Bearer " + TOKENS.computeIfAbsent(username, name -> issue(mvc, name));
	}

	/** Signs a demo user in through the login form; the session cookie authenticates page requests. */
	public static Cookie session(MockMvc mvc, String username) {
		try {
			var response = mvc.perform(post("/login").param("username", username).param("password", PASSWORD).with(csrf()))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse();
			var cookie = response.getCookie("SESSION");
			if (cookie == null) {
				throw new AssertionError("Signing in set no session cookie; redirected to " + response.getRedirectedUrl());
			}
			return cookie;
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot sign in as " + username, e);
		}
	}

	private static String issue(MockMvc mvc, String username) {
		try {
			var body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, PASSWORD)))
				.andExpect(status().isCreated())
				.andReturn().getResponse().getContentAsString();
			return JsonMapper.shared().readTree(body).get("token").asString();
		}
		catch (Exception e) {
			throw new IllegalStateException("Cannot obtain a token for " + username, e);
		}
	}
}
