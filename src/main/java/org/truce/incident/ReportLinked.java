package org.truce.incident;

import java.time.Instant;

import org.truce.report.ReportId;

/**
 * The engine linked a report to an incident, proposed for an analyst's confirmation.
 *
 * @param counted whether the report now counts in the incident, or is only suggested for it
 */
public record ReportLinked(IncidentId incidentId, ReportId reportId, boolean counted, double score, Instant linkedAt) {
}
