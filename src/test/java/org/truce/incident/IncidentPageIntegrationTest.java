package org.truce.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The incident pages and their forms, signed in through the login form as the demo users. */
@TruceIntegrationTest
class IncidentPageIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	private IncidentFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new IncidentFixtures(mvc, jdbc);
	}

	@Test
	void anIncidentPageShowsItsReportsScopeAndHistoryAndTheReportLinksToIt() throws Exception {
		var report = fixtures.file("party.gov", Instant.parse("1986-08-08T08:00:00Z"), 33.5722, 36.4025, "MECHANISM");
		var incident = fixtures.incidentOf(report, "party.gov");

		mvc.perform(get("/incidents/" + incident).cookie(session("observer.jo")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("/reports/" + report), containsString("Scope pre-assessment"),
					containsString("incident-map"), containsString("History"), not(containsString("/confirm")))));
		mvc.perform(get("/reports/" + report).cookie(session("observer.jo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/incidents/" + incident)));
		mvc.perform(get("/incidents").param("from", "1986-08-08").param("to", "1986-08-08").cookie(session("observer.jo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/incidents/" + incident)));
		mvc.perform(get("/incidents/" + UUID.randomUUID()).cookie(session("observer.jo"))).andExpect(status().isNotFound());
	}

	@Test
	void analystsActThroughPlainFormsAndOthersAreRefused() throws Exception {
		var at = Instant.parse("1987-09-09T09:00:00Z");
		var first = fixtures.file("party.gov", at, 33.5722, 36.4025, "MECHANISM");
		var second = fixtures.file("party.opp", at.plus(Duration.ofMinutes(5)), 33.5730, 36.4025, "MECHANISM");
		var incident = fixtures.incidentOf(first, "party.gov");
		var confirm = "/incidents/" + incident + "/links/" + first + "/confirm";

		mvc.perform(get("/incidents/" + incident).cookie(session("guarantor.tr")))
			.andExpect(content().string(allOf(containsString(confirm), containsString("split-form"))));
		mvc.perform(post(confirm).param("reason", "ours").with(csrf()).cookie(session("party.gov")))
			.andExpect(status().isForbidden());
		mvc.perform(post(confirm).param("reason", "no token").cookie(session("guarantor.tr"))).andExpect(status().isForbidden());

		mvc.perform(post(confirm).param("reason", "Both describe the same shelling.").with(csrf()).cookie(session("guarantor.tr")))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/incidents/" + incident));
		mvc.perform(post(confirm).param("reason", "again").with(csrf()).cookie(session("guarantor.tr")))
			.andExpect(redirectedUrl("/incidents/" + incident))
			.andExpect(flash().attributeExists("refused"));
		mvc.perform(get("/incidents/" + incident).cookie(session("guarantor.tr")))
			.andExpect(content().string(allOf(containsString("Both describe the same shelling."), containsString("link confirmed"))));

		var split = mvc.perform(post("/incidents/" + incident + "/split").param("reportIds", second)
				.param("reason", "Two shellings").with(csrf()).cookie(session("guarantor.tr")))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(split).cookie(session("guarantor.tr")))
			.andExpect(content().string(allOf(containsString("/reports/" + second), containsString("split off another incident"))));
	}

	private Cookie session(String username) throws Exception {
		var response = mvc.perform(post("/login").param("username", username).param("password", DemoUsers.PASSWORD).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse();
		var cookie = response.getCookie("SESSION");
		if (cookie == null) {
			throw new AssertionError("Signing in as " + username + " set no session cookie");
		}
		return cookie;
	}
}
