package org.truce.incident;

import java.time.Instant;

import org.truce.core.DelegationCode;
import org.truce.report.ReportId;

/** An analyst rejected the engine's link of a report to an incident. */
public record LinkRejected(IncidentId incidentId, ReportId reportId, DelegationCode by, String reason, Instant rejectedAt) {
}
