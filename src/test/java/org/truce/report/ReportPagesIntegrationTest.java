package org.truce.report;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.Viewer;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.report.ReportDrafts.aReport;

/** The register's pages enforce on the server what the API enforces: sign-in, visibility, roles and CSRF. */
@TruceIntegrationTest
class ReportPagesIntegrationTest {

	private static final Viewer.Member PARTY_GOV = new Viewer.Member("party.gov", new DelegationCode("SYG"), Role.PARTY);

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportRegister register;

	@Test
	void pagesOfTheRegisterAskAnonymousVisitorsToSignIn() throws Exception {
		for (var page : new String[] { "/reports", "/reports/new", "/actors", "/agreement" }) {
			mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
		mvc.perform(get("/")).andExpect(status().isOk());
		mvc.perform(get("/login")).andExpect(status().isOk());
	}

	@Test
	void aReportAnotherDelegationMayNotSeeIsNotFoundOnItsPages() throws Exception {
		var secret = register.file(aReport().confidentiality(Confidentiality.PRIVATE)
			.narrative("Private page test").build(), PARTY_GOV, null).report();

		mvc.perform(get("/reports/" + secret.id()).cookie(DemoUsers.session(mvc, "party.opp")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString("Private page test"))));
		mvc.perform(get("/reports/" + secret.id() + "/amend").cookie(DemoUsers.session(mvc, "guarantor.ru")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/reports/" + secret.id()).cookie(DemoUsers.session(mvc, "party.gov")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Private page test")));
	}

	@Test
	void theFormRefusesBadInputNamingTheFieldsAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(fileForm("party.gov").param("occurredFrom", "2099-01-01T00:00").param("lat", "33.51").param("lon", "36.28")
				.param("category", "").param("narrative", "Kept as typed"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("must not be in the future")))
			.andExpect(content().string(containsString("is required")))
			.andExpect(content().string(containsString("Kept as typed")));
		mvc.perform(fileForm("party.gov").param("occurredFrom", "yesterday").param("lat", "north").param("category", "armed-clash"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("cannot be read")));
	}

	@Test
	void theFormFilesAReportAndAmendsIt() throws Exception {
		var filed = mvc.perform(fileForm("party.gov").param("occurredFrom", "2017-02-10T10:00").param("lat", "33.51")
				.param("lon", "36.28").param("category", "armed-clash").param("confidentiality", "MECHANISM")
				.param("narrative", "Filed through the form"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/reports/*?filed"))
			.andReturn().getResponse().getRedirectedUrl();
		var path = filed.substring(0, filed.indexOf('?'));

		mvc.perform(post(path + "/amend").with(csrf()).cookie(DemoUsers.session(mvc, "party.gov"))
				.param("occurredFrom", "2017-02-10T10:00").param("lat", "33.51").param("lon", "36.28").param("category", "armed-clash")
				.param("confidentiality", "MECHANISM").param("narrative", "Amended through the form").param("killed", "4")
				.param("reason", "Casualty figure confirmed").param("expectedRevision", "1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(path + "?amended"));
		mvc.perform(get(path).cookie(DemoUsers.session(mvc, "party.gov")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Amended through the form")))
			.andExpect(content().string(containsString("Casualty figure confirmed")));
	}

	@Test
	void observersAreNotOfferedTheFormAndAreRefusedItWithAPage() throws Exception {
		var observer = DemoUsers.session(mvc, "observer.jo");
		mvc.perform(get("/reports").cookie(observer))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"/reports/new\""))));
		mvc.perform(get("/").cookie(observer))
			.andExpect(content().string(not(containsString("href=\"/reports/new\""))));
		mvc.perform(get("/reports").cookie(DemoUsers.session(mvc, "party.gov")))
			.andExpect(content().string(containsString("href=\"/reports/new\"")));

		expectErrorPage(mvc.perform(get("/reports/new").cookie(observer)), 403, "role does not allow this");
		expectErrorPage(mvc.perform(fileForm("observer.jo").param("occurredFrom", "2017-02-10T10:00").param("lat", "33.51")
				.param("lon", "36.28").param("category", "armed-clash")), 403, "role does not allow this");
	}

	@Test
	void noFormIsAcceptedWithoutItsCsrfToken() throws Exception {
		mvc.perform(post("/reports").cookie(DemoUsers.session(mvc, "party.gov")).param("occurredFrom", "2017-02-10T10:00"))
			.andExpect(status().isForbidden())
			.andExpect(forwardedUrl("/denied"));
		expectErrorPage(mvc.perform(post("/denied").with(csrf())), 403, "sent without this site");
	}

	@Test
	void pagesAnswerTheirErrorsWithTheErrorPageWhateverTheRequestAccepts() throws Exception {
		var session = DemoUsers.session(mvc, "party.opp");
		var theirs = register.file(aReport().narrative("Another delegation's").build(), PARTY_GOV, null).report();

		expectErrorPage(mvc.perform(get("/reports/not-a-uuid").cookie(session).accept(MediaType.ALL)), 400, "cannot be read");
		expectErrorPage(mvc.perform(get("/reports/" + UUID.randomUUID()).cookie(session).accept(MediaType.APPLICATION_JSON)), 404,
				"nothing here");
		expectErrorPage(mvc.perform(get("/reports/" + theirs.id() + "/amend").cookie(DemoUsers.session(mvc, "guarantor.ru"))), 403,
				"role does not allow this");
		expectErrorPage(mvc.perform(get("/actors/not-a-uuid").cookie(session).accept(MediaType.ALL)), 400, "cannot be read");
		expectErrorPage(mvc.perform(get("/actors/" + UUID.randomUUID()).cookie(session)), 404, "nothing here");
		expectErrorPage(mvc.perform(get("/agreement/clauses/no-such-clause").cookie(session)), 404, "nothing here");
	}

	@Test
	void aMalformedFilterInTheAddressIsSaidOnTheList() throws Exception {
		mvc.perform(get("/reports").param("admin1", "Damascus").param("delegation", "ru").cookie(DemoUsers.session(mvc, "party.gov")))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("The filter \u201cGovernorate\u201d in the address cannot be read")))
			.andExpect(content().string(containsString("The filter \u201cSource delegation\u201d in the address cannot be read")))
			.andExpect(content().string(containsString("0 reports")));
		mvc.perform(get("/reports").param("admin1", "").param("category", "").cookie(DemoUsers.session(mvc, "party.gov")))
			.andExpect(status().isOk());
	}

	@Test
	void theListShowsWhatTheViewerMaySee() throws Exception {
		var when = Instant.parse("1978-08-08T08:00:00Z");
		register.file(aReport().occurred(when, when).confidentiality(Confidentiality.GUARANTORS).build(), PARTY_GOV, null);

		mvc.perform(get("/reports").param("from", "1978-08-08").param("to", "1978-08-08")
				.cookie(DemoUsers.session(mvc, "observer.jo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("0 reports")));
		mvc.perform(get("/reports").param("from", "1978-08-08").param("to", "1978-08-08")
				.cookie(DemoUsers.session(mvc, "guarantor.ir")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("1 reports")));
	}

	private static void expectErrorPage(ResultActions page, int status, String message) throws Exception {
		page.andExpect(status().is(status))
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
			.andExpect(content().string(containsString("<h1>Something went wrong</h1>")))
			.andExpect(content().string(containsString(message)));
	}

	private MockHttpServletRequestBuilder fileForm(String username) {
		return post("/reports").with(csrf()).cookie(DemoUsers.session(mvc, username));
	}
}
