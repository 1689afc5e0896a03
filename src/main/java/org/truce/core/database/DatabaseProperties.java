package org.truce.core.database;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. {@code truce.db.url} (environment {@code TRUCE_DB_URL}) selects an external PostgreSQL
 * server; without it the embedded server keeps its files under {@code <data-dir>/pg}.
 *
 * @param url JDBC URL of an external PostgreSQL server, or none for the embedded one
 * @param user user for the external server
 * @param password password for the external server
 * @param dataDir directory holding the embedded server's files (and later other local state)
 * @param embeddedPort port of the embedded server, 0 for any free port
 * @param ephemeral whether the embedded server runs in a fresh temporary directory deleted on exit (tests)
 */
@ConfigurationProperties("truce.db")
record DatabaseProperties(@Nullable String url, @Nullable String user, @Nullable String password, @Nullable Path dataDir,
		int embeddedPort, boolean ephemeral) {

	Path dataDirOrDefault() {
		return dataDir != null ? dataDir : Path.of("data");
	}

	boolean external() {
		return url != null && !url.isBlank();
	}
}
