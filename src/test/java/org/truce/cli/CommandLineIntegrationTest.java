package org.truce.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The administration commands, run as a person at a terminal would, each starting the application on the same
 * embedded database directory: what one command writes, the next finds after a restart.
 */
class CommandLineIntegrationTest {

	@TempDir
	static Path data;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private PrintStream originalOut;
	private PrintStream originalErr;
	private InputStream originalIn;

	@BeforeEach
	void captureTerminal() {
		originalOut = System.out;
		originalErr = System.err;
		originalIn = System.in;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@AfterEach
	void restoreTerminal() {
		System.setOut(originalOut);
		System.setErr(originalErr);
		System.setIn(originalIn);
	}

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
		out.reset();
		err.reset();
		var withData = new String[args.length + 2];
		System.arraycopy(args, 0, withData, 0, args.length);
		withData[args.length] = "--data";
		withData[args.length + 1] = data.toString();
		return TruceCommandLine.execute(withData);
	}

	private void typed(String input) {
		System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
