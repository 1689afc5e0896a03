package org.truce.cli;

import picocli.CommandLine.Command;

@Command(name = "truce", mixinStandardHelpOptions = true, versionProvider = TruceVersion.class,
		description = "Truce: ceasefire monitoring and verification.",
		subcommands = { ServeCommand.class, DemoCommand.class, DelegationCommand.class, UserCommand.class, TokenCommand.class,
				LedgerCommand.class, WitnessCommand.class })
class TruceCommand {
}
