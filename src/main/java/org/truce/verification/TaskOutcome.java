package org.truce.verification;

/** How a monitoring task ended; a denied access is itself a breach to be filed. */
public enum TaskOutcome {
	DONE, ACCESS_DENIED, NOT_POSSIBLE
}
