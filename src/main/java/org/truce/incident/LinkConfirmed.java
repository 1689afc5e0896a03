package org.truce.incident;

import java.time.Instant;

import org.truce.core.DelegationCode;
import org.truce.report.ReportId;

/** An analyst confirmed that a report belongs to an incident. */
public record LinkConfirmed(IncidentId incidentId, ReportId reportId, DelegationCode by, String reason, Instant confirmedAt) {
}
