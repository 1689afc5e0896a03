package org.truce.report;

import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.truce.Browser;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A party's user signs in, files a report through the form, and finds it in the register; an observer is offered no
 * form, and is refused it with a page.
 */
@TruceIntegrationTest
class ReportBrowserTest {

	private static Browser browser;

	@BeforeAll
	static void startBrowser(@LocalServerPort int port) {
		browser = new Browser(port);
	}

	@AfterAll
	static void stopBrowser() {
		browser.close();
	}

	@Test
	void aReportFiledThroughTheFormAppearsInTheList() {
		var driver = browser.driver();
		var narrative = "Browser test " + UUID.randomUUID();
		driver.manage().deleteAllCookies();
		browser.signIn("party.gov", DemoUsers.PASSWORD);
		assertThat(driver.findElement(By.cssSelector(".site-header .who")).getText()).contains("party.gov");

		browser.open("/reports/new");
		((JavascriptExecutor) driver).executeScript("arguments[0].value = '1977-07-07T07:30';",
				driver.findElement(By.id("occurredFrom")));
		driver.findElement(By.id("lat")).sendKeys("33.5138");
		driver.findElement(By.id("lon")).sendKeys("36.2765");
		new Select(driver.findElement(By.id("category"))).selectByValue("armed-clash");
		new Select(driver.findElement(By.id("confidentiality"))).selectByValue("MECHANISM");
		driver.findElement(By.id("killed")).sendKeys("1");
		driver.findElement(By.id("narrative")).sendKeys(narrative);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();

		assertThat(driver.findElement(By.cssSelector("p.notice")).getText()).isNotBlank();
		assertThat(driver.findElement(By.tagName("main")).getText()).contains(narrative, "Damascus");
		var reportPath = driver.getCurrentUrl().replaceAll("^https?://[^/]+", "").replaceAll("\\?.*$", "");

		browser.open("/reports?from=1977-07-07&to=1977-07-07");
		var link = driver.findElement(By.cssSelector("main table tbody a"));
		assertThat(link.getAttribute("href")).endsWith(reportPath);
		assertThat(driver.findElement(By.cssSelector("main table tbody")).getText()).contains("Damascus", "Armed clash", "SYG");
	}

	@Test
	void anObserverIsOfferedNoFormAndIsRefusedItWithAPage() {
		var driver = browser.driver();
		driver.manage().deleteAllCookies();
		browser.signIn("observer.jo", DemoUsers.PASSWORD);

		browser.open("/reports");
		assertThat(driver.findElements(By.cssSelector("a[href='/reports/new']"))).isEmpty();
		assertThat(driver.findElement(By.cssSelector(".site-header nav")).getText()).doesNotContain("File a report");

		browser.open("/reports/new");
		assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Something went wrong");
		assertThat(driver.findElement(By.tagName("main")).getText()).contains("Your delegation's role does not allow this.");
		assertThat(driver.findElements(By.cssSelector("main form"))).isEmpty();
	}
}
