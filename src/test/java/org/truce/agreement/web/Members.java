package org.truce.agreement.web;

import jakarta.servlet.http.Cookie;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.identity.Delegation;
import org.truce.identity.Delegations;
import org.truce.identity.UserAdministration;
import tools.jackson.databind.json.JsonMapper;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Test members of the agreement module's integration tests: provisioned once per class, signed in per request. */
final class Members {

	private static final String PASSWORD = "correct horse battery";
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private Members() {
	}

	/** A delegation with one user, named after the delegation's code. */
	static void provision(Delegations delegations, UserAdministration users, String code, Role role) {
		delegations.register(new Delegation(new DelegationCode(code), code + " delegation", role));
		users.provision(username(code), new DelegationCode(code), PASSWORD, false);
	}

	/** Authenticates an API request as the delegation's user, with a bearer token obtained over HTTP Basic. */
	static RequestPostProcessor bearer(MockMvc mvc, String code) throws Exception {
		var body = mvc.perform(post("/api/v1/tokens").with(httpBasic(username(code), PASSWORD)))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		var token = JSON.readTree(body).get("token").asString();
		return request -> {
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

	/** Signs the delegation's user in through the login form; the session cookie authenticates page requests. */
	static Cookie session(MockMvc mvc, String code) throws Exception {
		var response = mvc.perform(post("/login").param("username", username(code)).param("password", PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse();
		var cookie = response.getCookie("SESSION");
		if (cookie == null) {
			throw new AssertionError("Signing in set no session cookie; redirected to " + response.getRedirectedUrl());
		}
		return cookie;
	}

	private static String username(String code) {
		return code.toLowerCase() + ".member";
	}
}
