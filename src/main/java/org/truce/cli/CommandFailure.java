package org.truce.cli;

/** A command that cannot do what it was asked, with a message meant for the person at the terminal. */
class CommandFailure extends RuntimeException {

	CommandFailure(String message) {
		super(message);
	}
}
