package org.truce.incident;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.report.ReportId;

/**
 * A report's link to an incident as recorded.
 *
 * @param member whether the report counts in the incident; a report counts in exactly one
 * @param score none for the report that opened the incident
 * @param decision the analyst's confirmation or rejection, none while the link is only proposed
 */
record Link(ReportId report, LinkStatus status, boolean member, @Nullable Double score, List<Factor> explanation,
		Instant proposedAt, @Nullable AnalystDecision decision) {

	Link {
		explanation = List.copyOf(explanation);
		if (member && status == LinkStatus.REJECTED) {
			throw new IllegalArgumentException("a rejected link counts no report");
		}
	}

	Link decided(LinkStatus to, boolean counts, AnalystDecision by) {
		return new Link(report, to, counts, score, explanation, proposedAt, by);
	}

	IncidentLink view() {
		return new IncidentLink(report, status, member, score, explanation, proposedAt,
				decision == null ? null : decision.username(), decision == null ? null : decision.delegation(),
				decision == null ? null : decision.at(), decision == null ? null : decision.reason());
	}

	/** Who confirmed or rejected a link, when and why. */
	record AnalystDecision(String username, DelegationCode delegation, Instant at, String reason) {
	}
}
