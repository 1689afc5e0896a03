package org.truce.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The terminal a command-line test types into and reads from: standard input, output and error captured for each test
 * ({@code @RegisterExtension}) and restored after it.
 */
public final class Terminal implements BeforeEachCallback, AfterEachCallback {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();
	private PrintStream originalOut;
	private PrintStream originalErr;
	private InputStream originalIn;

	@Override
	public void beforeEach(ExtensionContext context) {
		originalOut = System.out;
		originalErr = System.err;
		originalIn = System.in;
		System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
		System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	@Override
	public void afterEach(ExtensionContext context) {
		System.setOut(originalOut);
		System.setErr(originalErr);
		System.setIn(originalIn);
	}

	/** Runs a command as typed at the terminal, with fresh output. */
	public OptionalInt run(String... args) {
		out.reset();
		err.reset();
		return TruceCommandLine.execute(args);
	}

	/** What the next command reads from standard input. */
	public void typed(String input) {
		System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
	}

	public String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	public String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}
}
