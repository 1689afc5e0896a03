package org.truce.cli;

import java.util.Map;

import picocli.CommandLine.Command;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the Truce server.")
class ServeCommand extends ServerCommand {

	@Override
	Map<String, Object> extraProperties() {
		return Map.of();
	}
}
