package org.truce.cli;

import java.util.concurrent.Callable;

import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.identity.Delegation;
import org.truce.identity.Delegations;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "delegation", mixinStandardHelpOptions = true, description = "Manage delegations.",
		subcommands = { DelegationCommand.Add.class, DelegationCommand.List.class })
class DelegationCommand {

	@Command(name = "add", mixinStandardHelpOptions = true,
			description = "Register a delegation, or change the name and role of an existing one.")
	static class Add implements Callable<Integer> {

		@Mixin
		DatabaseOptions database = new DatabaseOptions();

		@Parameters(index = "0", paramLabel = "CODE", description = "Its stable short code: 2 to 12 capitals or digits, e.g. RU.")
		String code = "";

		@Option(names = "--name", required = true, paramLabel = "NAME", description = "Its full name.")
		String name = "";

		@Option(names = "--role", required = true, paramLabel = "ROLE", description = "One of: ${COMPLETION-CANDIDATES}.")
		Role role = Role.OBSERVER;

		@Override
		public Integer call() {
			if (!DelegationCode.isValid(code)) {
				throw new CommandFailure("CODE: '" + code + "' is not a delegation code (2 to 12 capitals or digits, e.g. RU, MON1)");
			}
			if (name.isBlank()) {
				throw new CommandFailure("--name: give the delegation's name");
			}
			try (var application = ApplicationLauncher.administer(database)) {
				var delegation = application.getBean(Delegations.class)
					.register(new Delegation(new DelegationCode(code), name.strip(), role));
				System.out.println("Delegation " + delegation.code() + " (" + delegation.role() + "): " + delegation.name());
			}
			return 0;
		}
	}

	@Command(name = "list", mixinStandardHelpOptions = true, description = "List the delegations.")
	static class List implements Callable<Integer> {

		@Mixin
		DatabaseOptions database = new DatabaseOptions();

		@Override
		public Integer call() {
			try (var application = ApplicationLauncher.administer(database)) {
				application.getBean(Delegations.class).all()
					.forEach(d -> System.out.printf("%-12s %-12s %s%n", d.code(), d.role(), d.name()));
			}
			return 0;
		}
	}
}
