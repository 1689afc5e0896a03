package org.truce.core;

/** The external PostgreSQL server named by {@code TRUCE_DB_URL} did not answer. */
public class DatabaseUnreachableException extends RuntimeException {

	private final String location;

	public DatabaseUnreachableException(String location, Throwable cause) {
		super("Cannot reach the PostgreSQL server at " + location + ": " + cause.getMessage(), cause);
		this.location = location;
	}

	public String location() {
		return location;
	}
}
