package org.truce.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL server: real server binaries, started on a data directory that survives
 * restarts. Durability settings are restored to PostgreSQL's defaults (the embedding library turns
 * them off for speed), so an acknowledged write survives a crash.
 */
final class EmbeddedDatabaseServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
	private static @Nullable EmbeddedDatabaseServer ephemeral;
	private static int ephemeralUsers;

	private final EmbeddedPostgres postgres;

	private EmbeddedDatabaseServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
	}

	static EmbeddedDatabaseServer start(Path directory, int port) {
		try {
			Files.createDirectories(directory);
			var builder = EmbeddedPostgres.builder()
				.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				.setRegisterShutdownHook(false)
				.setPGStartupWait(Duration.ofSeconds(60))
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.setServerConfig("max_connections", "100");
			if (port > 0) {
				builder.setPort(port);
			}
			var server = new EmbeddedDatabaseServer(builder.start());
			log.info("Embedded PostgreSQL started on port {} with data in {}", server.port(), directory.toAbsolutePath());
			return server;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL server in " + directory.toAbsolutePath()
					+ " (is another Truce process using this data directory?)", e);
		}
	}

	/**
	 * One throwaway server per JVM, in a temporary directory, shared by every application context the JVM starts
	 * (tests) and stopped when the last of them closes.
	 */
	static synchronized EmbeddedDatabaseServer acquireEphemeral() {
		if (ephemeral == null) {
			try {
				var postgres = EmbeddedPostgres.builder()
					.setRegisterShutdownHook(false)
					.setServerConfig("max_connections", "200")
					.setPGStartupWait(Duration.ofSeconds(60))
					.start();
				ephemeral = new EmbeddedDatabaseServer(postgres);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
			}
		}
		ephemeralUsers++;
		return ephemeral;
	}

	/** Stops this server, or, for the shared ephemeral one, when its last user releases it. */
	void release() {
		synchronized (EmbeddedDatabaseServer.class) {
			if (this == ephemeral) {
				if (--ephemeralUsers > 0) {
					return;
				}
				ephemeral = null;
			}
		}
		close();
	}

	String jdbcUrl() {
		return postgres.getJdbcUrl("postgres", "postgres");
	}

	int port() {
		return postgres.getPort();
	}

	@Override
	public void close() {
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("Embedded PostgreSQL did not stop cleanly", e);
		}
	}
}
