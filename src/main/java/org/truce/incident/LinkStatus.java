package org.truce.incident;

/**
 * Where a report's link to an incident stands: proposed by the correlation engine, or confirmed or rejected by an
 * analyst. A proposed link either counts the report in the incident (the engine linked it) or only suggests it (the
 * report is counted elsewhere until an analyst confirms).
 */
public enum LinkStatus {
	PROPOSED, CONFIRMED, REJECTED
}
