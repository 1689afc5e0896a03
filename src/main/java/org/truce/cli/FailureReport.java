package org.truce.cli;

import org.truce.core.DatabaseUnusableException;
import org.truce.core.InvalidInputException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Prints what went wrong in one or two sentences instead of a stack trace, and exits non-zero. */
class FailureReport implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
		var err = command.getErr();
		err.println("truce: " + explain(e));
		err.flush();
		return 1;
	}

	static String explain(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof InvalidInputException invalid) {
				return invalid.getMessage();
			}
			if (t instanceof DatabaseUnusableException unusable) {
				return unusable.getMessage().replaceFirst("\\.?$", ".") + " " + unusable.action();
			}
			if (t instanceof CommandFailure failure) {
				return failure.getMessage();
			}
		}
		var root = e;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
	}
}
