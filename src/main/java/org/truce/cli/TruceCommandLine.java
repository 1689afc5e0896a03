package org.truce.cli;

import java.util.OptionalInt;

import picocli.CommandLine;

/** Entry point of the {@code truce} command. */
public final class TruceCommandLine {

	private TruceCommandLine() {
	}

	public static void main(String[] args) {
		execute(args).ifPresent(System::exit);
	}

	/**
	 * Runs one command.
	 *
	 * @return the exit code, or empty when the command left a server running that ends with the JVM
	 */
	public static OptionalInt execute(String... args) {
		var command = new CommandLine(new TruceCommand());
		command.setExecutionExceptionHandler(new FailureReport());
		command.setCaseInsensitiveEnumValuesAllowed(true);
		int code = command.execute(args);
		var parsed = command.getParseResult();
		boolean serving = code == 0 && parsed != null && parsed.subcommand() != null
				&& parsed.subcommand().commandSpec().userObject() instanceof ServerCommand;
		return serving ? OptionalInt.empty() : OptionalInt.of(code);
	}
}
