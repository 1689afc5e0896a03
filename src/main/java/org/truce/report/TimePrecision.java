package org.truce.report;

/** How precisely the reporter knows when the event happened. */
public enum TimePrecision {
	EXACT, DAY, WEEK, MONTH
}
