package org.truce.talks;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;
import org.truce.core.Confidentiality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.talks.Cast.PARTY_GOV;
import static org.truce.talks.Cast.PARTY_OPP;
import static org.truce.talks.Cast.SECRETARIAT_KZ;

/** The proposals' and talks' pages enforce on the server what the API enforces, and work as plain forms. */
@TruceIntegrationTest
class TalksPagesIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ProximityTalks talks;

	@Autowired
	Proposals proposals;

	@Test
	void thePagesAskAnonymousVisitorsToSignIn() throws Exception {
		for (var page : List.of("/proposals", "/proposals/new", "/proposals/" + UUID.randomUUID(), "/talks")) {
			mvc.perform(get(page)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
		}
	}

	@Test
	void theMediatorRelaysThroughThePageAndThePartyReadsItAsTheMediatorsOwnWords() throws Exception {
		var opened = open();
		var raw = "Raw words of the opposition " + UUID.randomUUID();
		var edited = "An edited excerpt " + UUID.randomUUID();
		var message = talks.post(opened.opposition(), raw, PARTY_OPP).value();

		mvc.perform(get("/talks").param("thread", opened.opposition().toString()).cookie(session("guarantor.ru")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(raw)))
			.andExpect(content().string(containsString("value=\"" + opened.government() + "\"")))
			.andExpect(content().string(containsString("Thread with SYG")));
		var relay = "/talks/messages/" + message.id() + "/relay";
		mvc.perform(form("guarantor.ru", relay).param("toThreadId", opened.government().toString()).param("text", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("<details class=\"relay\" open=\"open\">")))
			.andExpect(content().string(containsString("is required")));
		mvc.perform(form("guarantor.ru", relay).param("toThreadId", opened.government().toString()).param("text", edited))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/talks?thread=" + opened.opposition() + "&relayed#m-" + message.id()));

		mvc.perform(get("/talks").param("thread", opened.government().toString()).cookie(session("party.gov")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(edited)))
			.andExpect(content().string(containsString("The mediator (RU)")))
			.andExpect(content().string(not(containsString(raw))))
			.andExpect(content().string(not(containsString("Relayed from"))))
			.andExpect(content().string(not(containsString(opened.opposition().toString()))))
			.andExpect(content().string(not(containsString("/relay"))));
		mvc.perform(get("/talks").param("thread", opened.government().toString()).cookie(session("guarantor.ru")))
			.andExpect(content().string(containsString("Relayed from SYO")));
	}

	@Test
	void aPartyFindsNoTraceOfTheOtherPartysThreadOnAnyPage() throws Exception {
		var opened = open();
		var secret = "Opposition only " + UUID.randomUUID();
		var message = talks.post(opened.opposition(), secret, PARTY_OPP).value();

		for (var thread : List.of(opened.opposition(), new ThreadId(UUID.randomUUID()))) {
			mvc.perform(get("/talks").param("thread", thread.toString()).cookie(session("party.gov")))
				.andExpect(status().isNotFound())
				.andExpect(content().string(not(containsString(secret))));
			mvc.perform(form("party.gov", "/talks/threads/" + thread + "/messages").param("text", "Direct"))
				.andExpect(status().isNotFound());
		}
		for (var id : List.of(message.id(), new MessageId(UUID.randomUUID()))) {
			mvc.perform(form("party.gov", "/talks/messages/" + id + "/relay").param("toThreadId", opened.government().toString())
					.param("text", "Copy"))
				.andExpect(status().isNotFound());
		}
		mvc.perform(get("/talks").cookie(session("party.gov")))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(opened.opposition().toString()))))
			.andExpect(content().string(not(containsString(secret))));
		mvc.perform(get("/talks").cookie(session("observer.jo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("You take part in no proximity talks.")));
	}

	@Test
	void aPartyWritesToTheMediatorThroughItsThreadsFormWhichNeedsItsCsrfToken() throws Exception {
		var opened = open();
		var text = "Written through the form " + UUID.randomUUID();

		mvc.perform(form("party.opp", "/talks/threads/" + opened.opposition() + "/messages").param("text", text))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/talks?thread=" + opened.opposition() + "&posted#m-*"));
		mvc.perform(get("/talks").param("thread", opened.opposition().toString()).cookie(session("party.opp")))
			.andExpect(content().string(containsString(text)))
			.andExpect(content().string(containsString("Your thread with the mediator (RU)")))
			.andExpect(content().string(not(containsString("Relay to another party"))));
		mvc.perform(form("party.opp", "/talks/threads/" + opened.opposition() + "/messages").param("text", " "))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("is required")));
		mvc.perform(post("/talks/threads/" + opened.opposition() + "/messages").cookie(session("party.opp"))
				.param("text", "No token"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aProposalIsTabledRevisedAndPositionedThroughItsPagesWithTheDiffShown() throws Exception {
		var title = "Proposal through the pages " + UUID.randomUUID();
		var tabled = mvc.perform(form("party.opp", "/proposals").param("title", title)
				.param("text", "Monitors report weekly.").param("confidentiality", "MECHANISM"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/proposals/*?tabled"))
			.andReturn().getResponse().getRedirectedUrl();
		var path = tabled.substring(0, tabled.indexOf('?'));

		mvc.perform(form("party.opp", path + "/versions").param("text", "Monitors report daily.").param("reason", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Monitors report daily.")));
		mvc.perform(form("party.opp", path + "/versions").param("text", "Monitors report daily.").param("reason", "Faster"))
			.andExpect(redirectedUrl(path + "?revised"));
		mvc.perform(form("guarantor.tr", path + "/positions").param("position", "AMEND").param("text", ""))
			.andExpect(status().isUnprocessableContent());
		mvc.perform(form("guarantor.tr", path + "/positions").param("position", "SUPPORT"))
			.andExpect(redirectedUrl(path + "?positioned"));

		mvc.perform(get(path).cookie(session("observer.jo")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<del><span class=\"visually-hidden\">deleted:</span>weekly</del>")))
			.andExpect(content().string(containsString("<ins><span class=\"visually-hidden\">inserted:</span>daily</ins>")))
			.andExpect(content().string(containsString("<th scope=\"row\">TR</th>")))
			.andExpect(content().string(not(containsString("Take a position"))))
			.andExpect(content().string(not(containsString("Record a new version"))));
		mvc.perform(get(path).cookie(session("guarantor.ru")))
			.andExpect(content().string(containsString("Take a position")))
			.andExpect(content().string(not(containsString("Change the status"))));
		mvc.perform(get("/proposals").cookie(session("observer.jo")))
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void refusedMovesAndHiddenProposalsAnswerAsTheApiDoes() throws Exception {
		var hidden = proposals.submit(new NewProposal("Hidden " + UUID.randomUUID(), "Text", Confidentiality.GUARANTORS),
				PARTY_OPP).value();
		var open = proposals.submit(new NewProposal("Open " + UUID.randomUUID(), "Text", null), PARTY_OPP).value();

		mvc.perform(get("/proposals/" + hidden.id()).cookie(session("party.gov")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(not(containsString(hidden.title()))));
		mvc.perform(form("party.gov", "/proposals/" + hidden.id() + "/positions").param("position", "SUPPORT"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/proposals").cookie(session("party.gov")))
			.andExpect(content().string(not(containsString(hidden.title()))));
		mvc.perform(form("secretariat.kz", "/proposals/" + open.id() + "/status").param("status", "ADOPTED")
				.param("reason", "Agreed"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("cannot move to ADOPTED")));
		mvc.perform(form("party.gov", "/proposals/" + open.id() + "/status").param("status", "WITHDRAWN")
				.param("reason", "Mine now"))
			.andExpect(status().isForbidden());
		mvc.perform(form("observer.jo", "/proposals").param("title", "T").param("text", "X")).andExpect(status().isForbidden());
		assertThat(proposals.find(open.id(), SECRETARIAT_KZ)).get().extracting(ProposalDetails::status)
			.isEqualTo(ProposalStatus.TABLED);
	}

	private TalksIds open() {
		var opened = talks.open(new NewTalks("Page talks " + UUID.randomUUID(), "RU", List.of("SYG", "SYO")), SECRETARIAT_KZ).value();
		var threads = opened.threads();
		return new TalksIds(threads.stream().filter(t -> t.party().equals(PARTY_GOV.delegation())).findFirst().orElseThrow().id(),
				threads.stream().filter(t -> t.party().equals(PARTY_OPP.delegation())).findFirst().orElseThrow().id());
	}

	private MockHttpServletRequestBuilder form(String username, String path) {
		return post(path).with(csrf()).cookie(session(username));
	}

	private Cookie session(String username) {
		return DemoUsers.session(mvc, username);
	}

	private record TalksIds(ThreadId government, ThreadId opposition) {
	}
}
