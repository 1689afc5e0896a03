package org.truce.core.database;

import org.jspecify.annotations.Nullable;

/** Where the application's connections go, and the embedded server to stop with it, if it started one. */
record DatabaseEndpoint(String jdbcUrl, @Nullable String user, @Nullable String password, String description,
		@Nullable EmbeddedDatabaseServer server) implements AutoCloseable {

	@Override
	public void close() {
		if (server != null) {
			server.release();
		}
	}
}
