package org.truce.incident;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.truce.Browser;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** A guarantor goes from a report to its incident, sees its reports on the map, and confirms a link through the form. */
@TruceIntegrationTest
class IncidentBrowserTest {

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
	void aGuarantorFollowsAReportToItsIncidentAndConfirmsALink() throws Exception {
		var fixtures = new IncidentFixtures(mvc, jdbc);
		var at = Instant.parse("1991-01-21T07:00:00Z");
		var first = fixtures.file("party.gov", at, 33.5722, 36.4025, "MECHANISM");
		var second = fixtures.file("party.opp", at.plus(Duration.ofMinutes(20)), 33.5740, 36.4025, "MECHANISM");
		var incident = fixtures.incidentOf(second, "party.opp");
		assertThat(fixtures.incidentOf(first, "party.gov")).as("both reports in one incident").isEqualTo(incident);
		var driver = browser.driver();
		browser.signIn("guarantor.ir", DemoUsers.PASSWORD);

		browser.open("/reports/" + first);
		driver.findElement(By.cssSelector("a[href$='/incidents/" + incident + "']")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> d.findElements(By.cssSelector("#incident-map path.incident-report")).size() == 2);
		assertThat(driver.findElements(By.cssSelector("#incident-map path.incident-area"))).hasSize(1);
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Scope pre-assessment", "SYG", "SYO");

		var confirm = driver.findElement(By.cssSelector("form[action$='/links/" + second + "/confirm']"));
		confirm.findElement(By.name("reason")).sendKeys("Both describe the morning shelling.");
		confirm.findElement(By.cssSelector("button")).click();

		assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isNotBlank();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Both describe the morning shelling.");
	}
}
