package org.truce.incident;

import java.time.Instant;
import java.util.List;

import org.truce.core.DelegationCode;
import org.truce.report.ReportId;

/** An analyst split reports off an incident into a new one. */
public record IncidentSplit(IncidentId from, IncidentId into, List<ReportId> reportIds, DelegationCode by, String reason,
		Instant splitAt) {

	public IncidentSplit {
		reportIds = List.copyOf(reportIds);
	}
}
