package org.truce.incident;

/** An incident is open, or was merged into another and kept only as a record. */
public enum IncidentStatus {
	OPEN, MERGED
}
