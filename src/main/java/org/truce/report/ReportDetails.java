package org.truce.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * A report as its readers see it: who it comes from, when it was filed and last changed, and its current content.
 *
 * @param externalRef the identifier of an imported record in its source dataset, e.g. {@code ucdp-ged:233232}
 * @param revision the number of the current revision, 1 for a report never amended
 */
public record ReportDetails(ReportId id, DelegationCode sourceDelegation, SourceKind sourceKind, @Nullable String externalRef,
		Instant filedAt, Instant updatedAt, int revision, ReportContent content) {
}
