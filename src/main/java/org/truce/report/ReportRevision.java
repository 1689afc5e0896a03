package org.truce.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * One recorded state of a report. Revisions are only ever added: the first is the filing, each later one an amendment
 * or a raised confidentiality level, with who made it and why.
 */
public record ReportRevision(int number, Instant recordedAt, DelegationCode recordedBy, @Nullable String reason,
		ReportContent content) {

	/** Kept to the microsecond, as the database keeps it. */
	public ReportRevision {
		recordedAt = recordedAt.truncatedTo(ChronoUnit.MICROS);
	}
}
