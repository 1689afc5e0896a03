package org.truce.core.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Requests no controller serves: under the API a problem detail, like every other API error; a page, the error page. */
@TruceIntegrationTest
class UnmappedPathIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Test
	void anUnknownApiPathAnswersAProblemDetail() throws Exception {
		mvc.perform(get("/api/v1/nowhere").header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, "party.gov")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("No such resource: /api/v1/nowhere"));
	}

	@Test
	void aMethodAnApiPathDoesNotTakeAnswersAProblemDetailNamingTheOnesItTakes() throws Exception {
		mvc.perform(delete("/api/v1/categories").header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, "party.gov")))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string(HttpHeaders.ALLOW, "GET"))
			.andExpect(jsonPath("$.detail").value("/api/v1/categories does not take DELETE; it takes [GET]"));
	}

	@Test
	void anUnknownPageAnswersTheErrorPageWhateverTheRequestAccepts() throws Exception {
		for (var accepted : new MediaType[] { MediaType.TEXT_HTML, MediaType.ALL, MediaType.APPLICATION_JSON }) {
			mvc.perform(get("/nowhere").cookie(DemoUsers.session(mvc, "party.gov")).accept(accepted))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
				.andExpect(content().string(org.hamcrest.Matchers.containsString("<h1")));
		}
	}
}
