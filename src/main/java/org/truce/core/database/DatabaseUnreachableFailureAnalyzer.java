package org.truce.core.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.truce.core.DatabaseUnreachableException;

/** Turns an unreachable external database into a start-up message that says what to do. */
class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnreachableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnreachableException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Start that server, or correct TRUCE_DB_URL, TRUCE_DB_USER and TRUCE_DB_PASSWORD. Truce never falls back "
						+ "to its embedded database when an external one is configured; unset TRUCE_DB_URL to use the embedded one.",
				cause);
	}
}
