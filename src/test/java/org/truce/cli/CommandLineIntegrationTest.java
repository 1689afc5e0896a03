package org.truce.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration commands, run as a person at a terminal would, each starting the application on the same
 * embedded database directory: what one command writes, the next finds after a restart.
 */
class CommandLineIntegrationTest {

	@TempDir
	static Path data;

	@RegisterExtension
	final Terminal terminal = new Terminal();

	@Test
	void aDelegationItsUserAndATokenAreCreatedFromTheCommandLine() {
		assertThat(run("delegation", "add", "XA", "--name", "Example delegation", "--role", "observer")).hasValue(0);
		assertThat(output()).contains("Delegation XA (OBSERVER): Example delegation");

		typed("a long enough password\n");
		assertThat(run("user", "add", "example.user", "--delegation", "XA", "--password-stdin")).hasValue(0);
		assertThat(output()).contains("Added example.user to delegation XA");

		typed("another long password\n");
		assertThat(run("user", "passwd", "example.user", "--password-stdin")).hasValue(0);

		assertThat(run("token", "create", "example.user", "--name", "script", "--days", "30")).hasValue(0);
		assertThat(output().strip()).matches("trc_[A-Za-z0-9_-]{43}");

		assertThat(run("delegation", "list")).hasValue(0);
		assertThat(output()).contains("XA", "OBSERVER");
	}

	@Test
	void aNewDataDirectoryStartsAnEmptyLedgerWhoseKeyOnlyItsOwnerReads() throws Exception {
		assertThat(run("ledger", "verify")).as(errors()).hasValue(0);
		assertThat(output()).contains("Ledger intact: 0 entries");

		var key = data.resolve("keys").resolve("ledger.key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
		assertThat(Files.readString(key)).startsWith("PRIVATE+KEY+truce.example/ledger+");
	}

	@Test
	void mistakesAreExplainedInOneLineAndExitNonZero() {
		typed("short\n");
		assertThat(run("user", "add", "someone", "--delegation", "NOWHERE", "--password-stdin")).hasValue(1);
		assertThat(errors()).contains("password: must be at least 10 characters long");

		assertThat(run("user", "add", "someone", "--delegation", "lower")).hasValue(1);
		assertThat(errors()).contains("--delegation: 'lower' is not a delegation code");

		assertThat(run("token", "create", "nobody.at.all")).hasValue(1);
		assertThat(errors()).contains("No user named nobody.at.all");

		assertThat(run("delegation", "add", "XB", "--name", "x", "--role", "emperor")).hasValue(2);
	}

	private OptionalInt run(String... args) {
		var withData = new String[args.length + 2];
		System.arraycopy(args, 0, withData, 0, args.length);
		withData[args.length] = "--data";
		withData[args.length + 1] = data.toString();
		return terminal.run(withData);
	}

	private void typed(String input) {
		terminal.typed(input);
	}

	private String output() {
		return terminal.output();
	}

	private String errors() {
		return terminal.errors();
	}
}
