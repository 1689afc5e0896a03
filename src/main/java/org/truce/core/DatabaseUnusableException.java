package org.truce.core;

import org.jspecify.annotations.Nullable;

/**
 * The database cannot be used: the external server does not answer, the embedded one is held by another process, or
 * its schema is not what this version expects. The message says what is wrong, {@link #action()} what to do; both are
 * shown in place of a stack trace, by the server at start-up and by the command line.
 */
public class DatabaseUnusableException extends RuntimeException {

	private final String action;

	public DatabaseUnusableException(String problem, String action, @Nullable Throwable cause) {
		super(problem, cause);
		this.action = action;
	}

	public String action() {
		return action;
	}
}
