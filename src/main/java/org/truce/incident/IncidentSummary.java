package org.truce.incident;

import java.util.List;

import org.truce.report.ReportId;

/** An incident in a list: the reports counted in it that the viewer may see, and what they say of it. */
public record IncidentSummary(IncidentId id, List<ReportId> reportIds, IncidentProfile profile) {

	public IncidentSummary {
		reportIds = List.copyOf(reportIds);
	}
}
