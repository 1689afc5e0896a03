package org.truce.cli;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A command that starts the web application and leaves it running until the process is stopped. */
abstract class ServerCommand implements Callable<Integer> {

	@Mixin
	DatabaseOptions database = new DatabaseOptions();

	@Option(names = "--port", paramLabel = "N", description = "HTTP port (default: 8080).")
	@Nullable
	Integer port;

	@Override
	public Integer call() {
		var properties = new HashMap<String, Object>(extraProperties());
		if (port != null) {
			properties.put("server.port", port);
		}
		ApplicationLauncher.serve(database, properties);
		return 0;
	}

	abstract Map<String, Object> extraProperties();
}
