package org.truce.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * The database every command works on: the embedded server's data directory, unless {@code TRUCE_DB_URL}
 * (with {@code TRUCE_DB_USER} and {@code TRUCE_DB_PASSWORD}) names an external server.
 */
class DatabaseOptions {

	@Option(names = "--data", paramLabel = "DIR",
			description = "Directory of the embedded database and local state (default: ./data). Ignored when TRUCE_DB_URL is set.")
	@Nullable
	Path data;

	Map<String, Object> properties() {
		var properties = new HashMap<String, Object>();
		if (data != null) {
			properties.put("truce.db.data-dir", data.toAbsolutePath().toString());
		}
		return properties;
	}
}
