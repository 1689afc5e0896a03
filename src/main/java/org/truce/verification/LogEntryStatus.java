package org.truce.verification;

/**
 * Where an entry stands among the guarantors: confirmed by every other guarantor, disputed by at least one, or still
 * awaiting the others (confirmed by some).
 */
public enum LogEntryStatus {
	CROSS_CONFIRMED, DISPUTED, AWAITING
}
