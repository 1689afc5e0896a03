package org.truce.report;

/** Who stands behind a report: a delegation, a field monitoring team, open sources, or a bulk import. */
public enum SourceKind {
	DELEGATION, MONITOR_TEAM, OPEN_SOURCE, IMPORT
}
