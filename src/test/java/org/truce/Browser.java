package org.truce;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven through chromedriver, in a fresh profile directory removed on close. Browser tests
 * need {@code chromium} and {@code chromium-driver} installed ({@code .ci/run} installs them).
 */
public final class Browser implements AutoCloseable {

	private final Path profile;
	private final WebDriver driver;
	private final String baseUrl;

	public Browser(int port) {
		try {
			this.profile = Files.createTempDirectory("truce-chromium");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		var options = new ChromeOptions();
		options.setBinary(executable("TRUCE_CHROMIUM", "/usr/bin/chromium"));
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1000", "--user-data-dir=" + profile);
		var service = new ChromeDriverService.Builder()
			.usingDriverExecutable(new File(executable("TRUCE_CHROMEDRIVER", "/usr/bin/chromedriver")))
			.build();
		this.driver = new ChromeDriver(service, options);
		this.driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		this.baseUrl = "http://localhost:" + port;
	}

	public WebDriver driver() {
		return driver;
	}

	public void open(String path) {
		driver.get(baseUrl + path);
	}

	public void signIn(String username, String password) {
		open("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.cssSelector(".site-header .who")).isEmpty() || !d.findElements(By.cssSelector("p.alert")).isEmpty());
	}

	@Override
	public void close() {
		driver.quit();
		try (var files = Files.walk(profile)) {
			files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String executable(String variable, String fallback) {
		var configured = System.getenv(variable);
		return configured == null || configured.isBlank() ? fallback : configured;
	}
}
