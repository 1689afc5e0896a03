package org.truce.core.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.truce.core.DatabaseUnusableException;

/** Turns a database that cannot be used into a start-up message that says what is wrong and what to do. */
class DatabaseFailureAnalyzer extends AbstractFailureAnalyzer<DatabaseUnusableException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DatabaseUnusableException cause) {
		return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
	}
}
