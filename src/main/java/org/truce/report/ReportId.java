package org.truce.report;

import java.util.UUID;

/** Identifies a report. Random, so that ids cannot be guessed from one another. */
public record ReportId(UUID value) {

	public static ReportId random() {
		return new ReportId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
