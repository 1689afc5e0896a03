package org.truce.cli;

import java.time.Duration;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.truce.identity.ApiTokens;
import org.truce.identity.UserAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage API tokens.",
		subcommands = TokenCommand.Create.class)
class TokenCommand {

	@Command(name = "create", mixinStandardHelpOptions = true,
			description = "Issue an API token for a user and print it; it is shown this once and stored only as a hash.")
	static class Create implements Callable<Integer> {

		@Mixin
		DatabaseOptions database = new DatabaseOptions();

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username = "";

		@Option(names = "--name", paramLabel = "NAME", description = "What the token is for (default: cli).")
		String name = "cli";

		@Option(names = "--days", paramLabel = "N", description = "Days until the token expires (default: never).")
		@Nullable
		Integer days;

		@Override
		public Integer call() {
			try (var application = ApplicationLauncher.administer(database)) {
				if (application.getBean(UserAdministration.class).find(username).isEmpty()) {
					throw new CommandFailure("No user named " + username);
				}
				var issued = application.getBean(ApiTokens.class)
					.issue(username, name, days == null ? null : Duration.ofDays(days));
				System.out.println(issued.token());
			}
			return 0;
		}
	}
}
