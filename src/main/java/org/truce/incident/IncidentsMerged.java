package org.truce.incident;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.report.ReportId;

/**
 * One incident was merged into another, which now counts its reports.
 *
 * @param by the analyst's delegation; none when the engine merged an incident whose last report it moved
 */
public record IncidentsMerged(IncidentId survivor, IncidentId absorbed, List<ReportId> movedReports,
		@Nullable DelegationCode by, String reason, Instant mergedAt) {

	public IncidentsMerged {
		movedReports = List.copyOf(movedReports);
	}
}
