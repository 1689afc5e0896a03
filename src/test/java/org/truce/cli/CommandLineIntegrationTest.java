package org.truce.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.truce.core.BackgroundWork;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The administration commands, run as a person at a terminal would, each starting the application on the same
 * embedded database directory: what one command writes, the next finds after a restart. Verification starts it
 * read-only.
 */
class CommandLineIntegrationTest {

	@TempDir
	static Path data;

	@TempDir
	Path elsewhere;

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
		assertThat(run("delegation", "list")).as(errors()).hasValue(0);

		var key = data.resolve("keys").resolve("ledger.key");
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
		assertThat(Files.readString(key)).startsWith("PRIVATE+KEY+truce.example/ledger+");
		assertThat(run("ledger", "verify")).as(errors()).hasValue(0);
		assertThat(output()).contains("The log's key: the public half of the ledger's key file", "Ledger intact: 0 entries",
				"No witness cosigned a checkpoint.");
	}

	@Test
	void verificationNeverChangesTheDatabaseNotEvenToCreateItsSchema() throws Exception {
		var fresh = elsewhere.resolve("fresh");

		assertThat(terminal.run("ledger", "verify", "--data", fresh.toString())).hasValue(1);

		assertThat(errors()).contains("truce: The database's schema is not the one this version of Truce reads",
				"Start the server on it once (truce serve)");
		assertThat(fresh.resolve("keys")).doesNotExist();
	}

	@Test
	void aReadOnlyApplicationDoesNoBackgroundWorkAndCannotWrite() {
		assertThat(run("delegation", "list")).as(errors()).hasValue(0);
		var database = new DatabaseOptions();
		database.data = data;
		try (var administering = ApplicationLauncher.administer(database)) {
			assertThat(administering.getBeansWithAnnotation(BackgroundWork.class)).containsKeys("ledgerBackgroundWork", "earlierRevisions",
					"correlationAtStart");
		}

		System.setProperty("truce.demo.enabled", "true");
		try (var reading = ApplicationLauncher.readOnly(database)) {
			assertThat(reading.getBeansWithAnnotation(BackgroundWork.class)).isEmpty();
			assertThat(reading.getBeansOfType(ScheduledTaskHolder.class).values())
				.flatMap(ScheduledTaskHolder::getScheduledTasks)
				.noneMatch(task -> task.toString().startsWith("org.truce."));
			var write = "INSERT INTO ledger_pending (type, subject_id, delegation, recorded_at, content_hash) "
					+ "VALUES ('test.write', 'x', 'KZ', now(), sha256('x'))";
			assertThatThrownBy(() -> reading.getBean(JdbcClient.class).sql(write).update())
				.hasMessageContaining("read-only transaction");
		}
		finally {
			System.clearProperty("truce.demo.enabled");
		}
	}

	@Test
	void aCommandOnAnEmbeddedDatabaseThatAnotherProcessHoldsSaysSoInOneLine() throws Exception {
		assertThat(run("delegation", "list")).as(errors()).hasValue(0);
		var server = holdingTheLockOf(data.resolve("pg"));
		try {
			assertThat(run("ledger", "verify")).hasValue(1);

			assertThat(errors().lines()).containsExactly("truce: The embedded database in " + data.resolve("pg").toAbsolutePath()
					+ " is in use by another process (the server?). Stop it first, or point TRUCE_DB_URL at a running PostgreSQL server.");
			assertThat(output()).doesNotContain("Exception", "\tat ");
		}
		finally {
			server.destroy();
			server.waitFor(10, TimeUnit.SECONDS);
		}
	}

	/** Another process holding the embedded database's lock, as a server running on the directory does. */
	private Process holdingTheLockOf(Path directory) throws Exception {
		var source = Files.writeString(elsewhere.resolve("Holder.java"), """
				import java.nio.channels.FileChannel;
				import java.nio.file.Path;
				import java.nio.file.StandardOpenOption;

				class Holder {
					public static void main(String[] args) throws Exception {
						try (var file = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
								var lock = file.lock()) {
							System.out.println("holding");
							System.in.read();
						}
					}
				}
				""");
		var java = ProcessHandle.current().info().command().orElseThrow();
		var holder = new ProcessBuilder(java, source.toString(), directory.resolve("epg-lock").toString())
			.redirectErrorStream(true)
			.start();
		assertThat(new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8)).readLine())
			.isEqualTo("holding");
		return holder;
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
