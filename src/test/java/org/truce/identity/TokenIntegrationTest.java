package org.truce.identity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.truce.TruceIntegrationTest;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import tools.jackson.databind.json.JsonMapper;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

@TruceIntegrationTest
class TokenIntegrationTest {

	private static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@BeforeAll
	static void users(@Autowired Delegations delegations, @Autowired UserAdministration users) {
		delegations.register(new Delegation(new DelegationCode("TT"), "Token testers", Role.OBSERVER));
		users.provision("token.tester", new DelegationCode("TT"), PASSWORD, false);
		users.provision("throttle.tester", new DelegationCode("TT"), PASSWORD, false);
		users.provision("page.throttle.tester", new DelegationCode("TT"), PASSWORD, false);
	}

	@Test
	void basicCredentialsBuyATokenThatAuthenticatesUntilRevoked() throws Exception {
		var body = mvc.perform(post("/api/v1/tokens").with(httpBasic("token.tester", PASSWORD)))
			.andExpect(status().isCreated())
			.andExpect(header().exists(HttpHeaders.LOCATION))
			.andExpect(jsonPath("$.token").isString())
			.andReturn().getResponse().getContentAsString();
		var created = json.readTree(body);
		var bearer = "Bearer " + created.get("token").asString();

		mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(created.get("id").asString()))
			.andExpect(jsonPath("$.items[0].token").doesNotExist());

		mvc.perform(delete("/api/v1/tokens/" + created.get("id").asString()).header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isNoContent());

		mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, bearer))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void wrongPasswordIsRefusedAndRepeatedFailuresAreThrottled() throws Exception {
		for (int attempt = 0; attempt < LoginThrottle.FREE_FAILURES; attempt++) {
			mvc.perform(post("/api/v1/tokens").with(httpBasic("throttle.tester", "wrong password!")))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(post("/api/v1/tokens").with(httpBasic("throttle.tester", PASSWORD)))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().string(HttpHeaders.RETRY_AFTER, "1"))
			.andExpect(jsonPath("$.detail").value("Too many failed sign-ins; try again in 1 second."));
	}

	@Test
	void theSignInPageSaysTheRealWaitOfAThrottledSignIn() throws Exception {
		for (int attempt = 0; attempt < LoginThrottle.FREE_FAILURES; attempt++) {
			mvc.perform(signIn("wrong password!")).andExpect(redirectedUrl("/login?error"));
		}
		mvc.perform(signIn(PASSWORD)).andExpect(redirectedUrl("/login?throttled=1"));

		mvc.perform(get("/login").param("throttled", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wait 1 second, then try again.")));
		mvc.perform(get("/login").param("throttled", "64"))
			.andExpect(content().string(containsString("Wait 64 seconds, then try again.")));
		mvc.perform(get("/login").param("throttled", "900"))
			.andExpect(content().string(containsString("Wait 15 minutes, then try again.")));
		mvc.perform(get("/login").param("throttled", "soon"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Wait a little, then try again.")));
	}

	@Test
	void anUnknownBearerTokenIsUnauthorized() throws Exception {
		mvc.perform(get("/api/v1/tokens").header(HttpHeaders.AUTHORIZATION, "Bearer trc_forged"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, org.hamcrest.Matchers.startsWith("Bearer")));
	}

	/** Through the form, from an address of its own, so that the failures count against no other test's. */
	private MockHttpServletRequestBuilder signIn(String password) {
		return post("/login").param("username", "page.throttle.tester").param("password", password).with(csrf())
			.with(request -> {
				request.setRemoteAddr("192.0.2.44");
				return request;
			});
	}
}
