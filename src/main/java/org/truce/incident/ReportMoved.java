package org.truce.incident;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.report.ReportId;

/**
 * A report stopped counting in one incident and counts in another: an analyst confirmed it elsewhere or rejected it here,
 * or the engine placed it anew after an amendment.
 *
 * @param by the analyst's delegation, none when the engine moved it
 */
public record ReportMoved(ReportId reportId, IncidentId from, IncidentId to, @Nullable DelegationCode by, Instant movedAt) {
}
