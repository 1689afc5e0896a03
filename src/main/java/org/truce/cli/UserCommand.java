package org.truce.cli;

import java.util.concurrent.Callable;

import org.truce.core.DelegationCode;
import org.truce.identity.UserAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage users.",
		subcommands = { UserCommand.Add.class, UserCommand.Passwd.class })
class UserCommand {

	@Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user to a delegation.")
	static class Add implements Callable<Integer> {

		@Mixin
		DatabaseOptions database = new DatabaseOptions();

		@Mixin
		PasswordInput password = new PasswordInput();

		@Parameters(index = "0", paramLabel = "USERNAME", description = "Lower-case letters, digits, '.', '-' or '_'.")
		String username = "";

		@Option(names = "--delegation", required = true, paramLabel = "CODE", description = "The delegation's code, e.g. RU.")
		String delegation = "";

		@Option(names = "--admin", description = "Let the user administer the register.")
		boolean administrator;

		@Override
		public Integer call() {
			if (!DelegationCode.isValid(delegation)) {
				throw new CommandFailure("--delegation: '" + delegation + "' is not a delegation code (e.g. RU, SYO, MON1)");
			}
			var secret = password.read("Password for " + username);
			try (var application = ApplicationLauncher.administer(database)) {
				var user = application.getBean(UserAdministration.class)
					.addUser(username, new DelegationCode(delegation), secret, administrator);
				System.out.println("Added " + user.username() + " to delegation " + user.delegation()
						+ (user.administrator() ? " as administrator" : ""));
			}
			return 0;
		}
	}

	@Command(name = "passwd", mixinStandardHelpOptions = true, description = "Set a user's password.")
	static class Passwd implements Callable<Integer> {

		@Mixin
		DatabaseOptions database = new DatabaseOptions();

		@Mixin
		PasswordInput password = new PasswordInput();

		@Parameters(index = "0", paramLabel = "USERNAME")
		String username = "";

		@Override
		public Integer call() {
			var secret = password.read("New password for " + username);
			try (var application = ApplicationLauncher.administer(database)) {
				application.getBean(UserAdministration.class).changePassword(username, secret);
				System.out.println("Password changed for " + username);
			}
			return 0;
		}
	}
}
