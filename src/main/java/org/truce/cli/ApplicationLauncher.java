package org.truce.cli;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.truce.TruceApplication;

/** Starts the application for a command: with its web server to serve, without it to administer. */
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
		var all = new HashMap<>(database.properties());
		all.put("logging.level.root", "WARN");
		all.put("logging.level.org.truce", "WARN");
		return new SpringApplicationBuilder(TruceApplication.class)
			.bannerMode(Banner.Mode.OFF)
			.logStartupInfo(false)
			.web(WebApplicationType.NONE)
			.run(asArguments(all));
	}
}
