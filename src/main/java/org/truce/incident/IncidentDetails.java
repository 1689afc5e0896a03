package org.truce.incident;

import java.time.Instant;
import java.util.List;

import org.truce.report.ReportDetails;

/**
 * An incident as a viewer sees it: only the reports the viewer may see, the links of those reports, what they say of the
 * incident, the scope pre-assessment made on them, and the history of the changes that concern them.
 *
 * @param reports the reports counted in the incident that the viewer may see, by time
 */
public record IncidentDetails(IncidentId id, IncidentStatus status, Instant openedAt, List<ReportDetails> reports,
		List<IncidentLink> links, IncidentProfile profile, ScopeAssessment scope, List<HistoryEntry> history) {

	public IncidentDetails {
		reports = List.copyOf(reports);
		links = List.copyOf(links);
		history = List.copyOf(history);
	}
}
