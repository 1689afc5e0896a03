package org.truce.talks;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.truce.Browser;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.truce.talks.Cast.SECRETARIAT_KZ;

/**
 * The opposition writes to the mediator; the mediator relays an edited excerpt into the government's thread through the
 * two-pane page; the government reads it as the mediator's own message, never the original.
 */
@TruceIntegrationTest
class TalksBrowserTest {

	private static Browser browser;

	@Autowired
	ProximityTalks talks;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = new Browser(port);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void theMediatorRelaysFromTheOppositionsThreadToTheGovernmentsAndTheGovernmentReadsItAsFromTheMediator() {
		var driver = browser.driver();
		var opened = talks.open(new NewTalks("Browser talks " + UUID.randomUUID(), "RU", List.of("SYG", "SYO")), SECRETARIAT_KZ).value();
		var government = threadOf(opened, "SYG");
		var opposition = threadOf(opened, "SYO");
		var raw = "We refuse to sit with them; tell them we want the convoys in " + UUID.randomUUID();
		var excerpt = "The opposition asks for the convoys " + UUID.randomUUID();

		signIn("party.opp");
		browser.open("/talks?thread=" + opposition);
		driver.findElement(By.id("message-text")).sendKeys(raw);
		driver.findElement(By.cssSelector("form.message-form button[type=submit]")).click();
		awaitUrl("posted");
		assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Message sent.");
		assertThat(driver.findElement(By.cssSelector("ol.messages")).getText()).contains(raw);

		switchTo("guarantor.ru");
		browser.open("/talks");
		driver.findElement(By.cssSelector("nav.thread-list a[href$='thread=" + opposition + "']")).click();
		awaitUrl("thread=" + opposition);
		assertThat(driver.findElement(By.id("thread-heading")).getText()).isEqualTo("Thread with SYO");
		var message = driver.findElements(By.cssSelector("ol.messages > li")).stream()
			.filter(li -> li.getText().contains(raw)).findFirst().orElseThrow();
		message.findElement(By.cssSelector("details.relay summary")).click();
		new Select(message.findElement(By.cssSelector("select[name=toThreadId]"))).selectByVisibleText("SYG");
		var text = message.findElement(By.cssSelector("textarea[name=text]"));
		assertThat(text.getDomProperty("value")).as("prefilled with the message").isEqualTo(raw);
		text.clear();
		text.sendKeys(excerpt);
		message.findElement(By.cssSelector("button[type=submit]")).click();
		awaitUrl("relayed");
		assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isEqualTo("Message relayed.");
		browser.open("/talks?thread=" + government);
		assertThat(driver.findElement(By.cssSelector("ol.messages")).getText()).contains(excerpt, "Relayed from SYO");

		switchTo("party.gov");
		browser.open("/talks?thread=" + government);
		var received = driver.findElement(By.cssSelector("ol.messages > li"));
		assertThat(received.findElement(By.cssSelector(".from")).getText()).isEqualTo("The mediator (RU)");
		assertThat(received.findElement(By.cssSelector(".message-text")).getText()).isEqualTo(excerpt);
		assertThat(driver.findElement(By.tagName("main")).getText()).doesNotContain(raw, "Relayed from", "SYO");
		assertThat(driver.findElements(By.cssSelector("details.relay"))).isEmpty();
	}

	/** Signs the current user out and waits for it to be done, so that the next sign-in never races it over the cookie. */
	private static void switchTo(String username) {
		browser.driver().findElement(By.cssSelector(".site-header form button[type=submit]")).click();
		awaitUrl("/login?logout");
		signIn(username);
	}

	/** Waits for the browser to have left the page it was on: elements found before then may belong to the old one. */
	private static void awaitUrl(String part) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.urlContains(part));
	}

	private static void signIn(String username) {
		browser.signIn(username, DemoUsers.PASSWORD);
		assertThat(browser.driver().findElement(By.cssSelector(".site-header .who")).getText()).contains(username);
	}

	private static ThreadId threadOf(TalksDetails talks, String party) {
		return talks.threads().stream().filter(t -> t.party().value().equals(party)).findFirst().orElseThrow().id();
	}
}
