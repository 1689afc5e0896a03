package org.truce.incident;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.report.ReportId;

/**
 * A report's link to an incident as a viewer sees it.
 *
 * @param counted whether the report counts in the incident; a proposed link that does not count is a suggestion for an
 *        analyst
 * @param score the engine's score from 0 to 1, none for the report that opened the incident
 * @param explanation the factors of the score, each with its contribution
 * @param decidedBy the analyst who confirmed or rejected the link, with {@code decidedByDelegation}, {@code decidedAt}
 *        and {@code reason}
 */
public record IncidentLink(ReportId reportId, LinkStatus status, boolean counted, @Nullable Double score,
		List<Factor> explanation, Instant proposedAt, @Nullable String decidedBy, @Nullable DelegationCode decidedByDelegation,
		@Nullable Instant decidedAt, @Nullable String reason) {

	public IncidentLink {
		explanation = List.copyOf(explanation);
	}
}
