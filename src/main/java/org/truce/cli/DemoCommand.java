package org.truce.cli;

import java.util.Map;

import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
		description = { "Run the server seeded with the reference scenario (the ceasefire of 30 December 2016).",
				"Seeding is idempotent: restarting on the same --data duplicates nothing.",
				"Demo passwords come from TRUCE_DEMO_PASSWORD, or are generated and printed at each start." })
class DemoCommand extends ServerCommand {

	@Override
	Map<String, Object> extraProperties() {
		return Map.of("truce.demo.enabled", true);
	}
}
