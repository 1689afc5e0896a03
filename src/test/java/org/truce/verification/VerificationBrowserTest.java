package org.truce.verification;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.truce.Browser;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A case of the two parties' shelling reports, taken through the pages: the opposition replies, a guarantor drafts the
 * finding and opens the vote, the three guarantors vote and unanimity fails, the round stays on record with its dissent,
 * a revised finding is adopted in a second round, the secretariat publishes the ruling and an observer reads it.
 */
@TruceIntegrationTest
class VerificationBrowserTest {

	private static Browser browser;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = new Browser(port);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void aCaseGoesFromTheReplyThroughAFailedRoundToAPublishedRulingThroughThePages() throws Exception {
		var flow = new VerificationFlow(mvc, jdbc);
		var incident = flow.incidentReportedByBothParties(Instant.parse("2017-03-20T04:00:00Z"));
		var kase = VerificationFlow.json(flow.post("guarantor.ru", "/api/v1/cases", "{\"incidentId\": \"" + incident + "\"}")
			.andExpect(status().isCreated())).get("id").asString();
		flow.post("secretariat.kz", "/api/v1/cases/" + kase + "/transitions", "{\"to\": \"INVESTIGATING\", \"reason\": \"opened\"}")
			.andExpect(status().isOk());
		flow.post("secretariat.kz", "/api/v1/cases/" + kase + "/transitions",
				"{\"to\": \"REPLY_REQUESTED\", \"reason\": \"both accused\", \"replyDueAt\": \"2099-01-01T00:00:00Z\"}")
			.andExpect(status().isOk());
		var page = "/cases/" + kase;

		as("party.opp", page);
		type(By.id("reply-text"), "We returned fire at a mortar position.");
		submit(By.id("reply-form"));
		assertThat(main()).contains("We returned fire at a mortar position.");

		draft("guarantor.ir", page, "Artillery of the government shelled the market.", "1");
		assertThat(find(By.id("case-state")).getText()).isEqualTo("finding drafted");
		assertThat(find(By.id("finding")).getText()).contains("not a ruling", "Government of Syria", "Clause 1",
				"The shells came from the north");
		openTheVote();

		vote("guarantor.ru", page, "AGREE");
		vote("guarantor.tr", page, "DISAGREE");
		vote("guarantor.ir", page, "AGREE");
		assertThat(find(By.id("case-state")).getText()).isEqualTo("finding drafted");
		assertThat(browser.driver().findElements(By.id("ruling"))).isEmpty();
		assertThat(find(By.id("round-1")).getText()).contains("Round 1: the finding was not adopted under the rule of UNANIMITY",
				"Dissent: TR");

		draft("guarantor.tr", page, "Artillery of the government shelled the market from the north.", "1", "3");
		openTheVote();
		vote("guarantor.ru", page, "AGREE");
		vote("guarantor.tr", page, "AGREE");
		vote("guarantor.ir", page, "AGREE");
		assertThat(find(By.id("case-state")).getText()).isEqualTo("determined");
		assertThat(find(By.id("ruling")).getText()).contains("adopted the finding", "Confirmed violation", "Government of Syria",
				"Clause 1, Clause 3", "from the north");
		assertThat(browser.driver().findElements(By.id("transition-form"))).as("a guarantor does not publish").isEmpty();

		as("secretariat.kz", page);
		new Select(find(By.cssSelector("#transition-form select[name=to]"))).selectByValue("PUBLISHED");
		type(By.cssSelector("#transition-form input[name=reason]"), "the ruling is made public");
		submit(By.id("transition-form"));
		assertThat(find(By.id("case-state")).getText()).isEqualTo("published");

		as("observer.jo", page);
		assertThat(find(By.id("ruling")).getText()).contains("adopted the finding", "Government of Syria");
		assertThat(find(By.id("round-1")).getText()).contains("not adopted", "Dissent: TR");
		assertThat(browser.driver().findElements(By.id("finding-form"))).isEmpty();
	}

	/** A guarantor drafts a confirmed violation of the clauses by the government. */
	private void draft(String username, String page, String summary, String... clauses) {
		as(username, page);
		new Select(find(By.id("f-type"))).selectByValue("CONFIRMED_VIOLATION");
		new Select(find(By.id("f-actor"))).selectByVisibleText("Government of Syria");
		for (var number : clauses) {
			find(By.cssSelector("#finding-form input[name=clauses][value='" + number + "']")).click();
		}
		type(By.id("f-explanation"), "The shells came from the north");
		type(By.id("f-summary"), summary);
		submit(By.id("finding-form"));
	}

	private void openTheVote() {
		new Select(find(By.cssSelector("#transition-form select[name=to]"))).selectByValue("VOTING");
		type(By.cssSelector("#transition-form input[name=reason]"), "the finding is ready");
		submit(By.id("transition-form"));
		assertThat(find(By.id("case-state")).getText()).isEqualTo("voting");
	}

	private void vote(String username, String page, String choice) {
		as(username, page);
		new Select(find(By.cssSelector("#vote-form select[name=choice]"))).selectByValue(choice);
		type(By.cssSelector("#vote-form input[name=rationale]"), "as the evidence shows");
		submit(By.id("vote-form"));
	}

	private void as(String username, String page) {
		browser.driver().manage().deleteAllCookies();
		browser.signIn(username, DemoUsers.PASSWORD);
		browser.open(page);
	}

	private WebElement find(By by) {
		return browser.driver().findElement(by);
	}

	private void type(By by, String text) {
		find(by).sendKeys(text);
	}

	/** Submits the form and waits for the page it leads to, so that nothing is read from the page left behind. */
	private void submit(By form) {
		var leaving = find(By.tagName("html"));
		find(form).findElement(By.cssSelector("button[type=submit]")).click();
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(leaving));
	}

	private String main() {
		return find(By.tagName("main")).getText();
	}
}
