package org.truce.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import picocli.CommandLine.Option;

/** Reads a password from the terminal (asked twice), or from the first line of standard input. */
class PasswordInput {

	@Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
	boolean fromStdin;

	String read(String prompt) {
		if (fromStdin) {
			try {
				var line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
				if (line == null || line.isEmpty()) {
					throw new CommandFailure("--password-stdin: standard input held no password");
				}
				return line;
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
		var console = System.console();
		if (console == null) {
			throw new CommandFailure("No terminal to ask for the password: use --password-stdin");
		}
		var first = console.readPassword("%s: ", prompt);
		var second = console.readPassword("Again: ");
		if (first == null || second == null || !Arrays.equals(first, second)) {
			throw new CommandFailure("The two passwords differ");
		}
		return new String(first);
	}
}
