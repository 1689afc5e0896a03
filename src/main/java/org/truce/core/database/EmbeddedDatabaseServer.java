package org.truce.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.truce.core.DatabaseUnusableException;

/**
 * The embedded PostgreSQL server: real server binaries, started on a data directory that survives
 * restarts. Durability settings are restored to PostgreSQL's defaults (the embedding library turns
 * them off for speed), so an acknowledged write survives a crash.
 */
final class EmbeddedDatabaseServer implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
	/** The file the embedding library locks while a server runs on a data directory. */
	private static final String LOCK_FILE = "epg-lock";
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
		catch (IllegalStateException e) {
			if (inUse(directory)) {
				throw new DatabaseUnusableException("The embedded database in " + directory.toAbsolutePath()
						+ " is in use by another process (the server?)",
						"Stop it first, or point TRUCE_DB_URL at a running PostgreSQL server.", e);
			}
			throw e;
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL server in " + directory.toAbsolutePath(), e);
		}
	}

	/** Whether a server runs on the directory: its lock is held, by another process or by this one. */
	private static boolean inUse(Path directory) {
		try (var channel = FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.WRITE);
				var lock = channel.tryLock()) {
			return lock == null;
		}
		catch (OverlappingFileLockException e) {
			return true;
		}
		catch (IOException e) {
			return false;
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
