package org.truce.verification;

/** Another guarantor's answer to a log entry. */
public enum Verdict {
	CONFIRM, DISPUTE
}
