package org.truce.cli;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.truce.TruceApplication;
import org.truce.core.BackgroundWork;

/**
 * Starts the application for a command: with its web server to serve, without it to administer, and read-only — without
 * background work, on read-only connections — to verify or export.
 */
final class ApplicationLauncher {

	private ApplicationLauncher() {
	}

	static ConfigurableApplicationContext serve(DatabaseOptions database, Map<String, Object> properties) {
		var all = new HashMap<>(database.properties());
		all.putAll(properties);
		return new SpringApplicationBuilder(TruceApplication.class).run(asArguments(all));
	}

	/** Command-line arguments outrank the configuration files, as an option given to a command should. */
	private static String[] asArguments(Map<String, Object> properties) {
		return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
	}

	/** A quiet application without web server, for one administrative task; close it when done. */
	static ConfigurableApplicationContext administer(DatabaseOptions database) {
		return quiet(database, Map.of());
	}

	/**
	 * A quiet application that only reads: no sequencer, no checkpoints signed, no signing key needed, no demo seeded, no
	 * events republished, and connections on which PostgreSQL refuses any write. Close it when done.
	 */
	static ConfigurableApplicationContext readOnly(DatabaseOptions database) {
		return quiet(database, Map.of(BackgroundWork.READ_ONLY, true,
				"spring.modulith.events.republish-outstanding-events-on-restart", false));
	}

	private static ConfigurableApplicationContext quiet(DatabaseOptions database, Map<String, Object> properties) {
		var all = new HashMap<>(database.properties());
		all.put("logging.level.root", "WARN");
		all.put("logging.level.org.truce", "WARN");
		// A failure to start is told in one line by FailureReport; Spring's own account of it would only repeat it.
		all.put("logging.level.org.springframework.boot.diagnostics.LoggingFailureAnalysisReporter", "OFF");
		all.put("logging.level.org.springframework.context.annotation.AnnotationConfigApplicationContext", "ERROR");
		all.putAll(properties);
		return new SpringApplicationBuilder(TruceApplication.class)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.web(WebApplicationType.NONE)
			.run(asArguments(all));
	}
}
