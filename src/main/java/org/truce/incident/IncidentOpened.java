package org.truce.incident;

import java.time.Instant;

import org.truce.report.ReportId;

/** The engine opened an incident for a report no incident fit. */
public record IncidentOpened(IncidentId incidentId, ReportId foundingReport, Instant openedAt) {
}
