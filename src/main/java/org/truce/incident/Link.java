package org.truce.incident;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.report.ReportId;

/**
 * A report's link to an incident as recorded.
 *
 * @param member whether the report counts in the incident; a report counts in exactly one
 * @param score none for the report that opened the incident
 * @param comparedWith the reports the score compared this one with, which its explanation describes
 * @param decision the analyst's confirmation or rejection, none while the link is only proposed
 */
record Link(ReportId report, LinkStatus status, boolean member, @Nullable Double score, List<Factor> explanation,
		List<ReportId> comparedWith, Instant proposedAt, @Nullable AnalystDecision decision) {

	private static final List<Factor> WITHHELD = List.of(new Factor("withheld", 0,
			"compared with reports your delegation may not see"));

	Link {
		explanation = List.copyOf(explanation);
		comparedWith = List.copyOf(comparedWith);
		if (member && status == LinkStatus.REJECTED) {
			throw new IllegalArgumentException("a rejected link counts no report");
		}
	}

	Link decided(LinkStatus to, boolean counts, AnalystDecision by) {
		return new Link(report, to, counts, score, explanation, comparedWith, proposedAt, by);
	}

	/**
	 * The link as a viewer sees it: the score and its explanation describe the reports it was compared with, so a viewer
	 * who may not see all of them sees neither — not even that such reports exist.
	 */
	IncidentLink view(Predicate<ReportId> visible) {
		boolean shown = explainedTo(visible);
		return new IncidentLink(report, status, member, shown ? score : null, shown ? explanation : WITHHELD, proposedAt,
				decision == null ? null : decision.username(), decision == null ? null : decision.delegation(),
				decision == null ? null : decision.at(), decision == null ? null : decision.reason());
	}

	/** Whether the score and explanation are shown to a viewer who may see the given reports. */
	boolean explainedTo(Predicate<ReportId> visible) {
		return comparedWith.stream().allMatch(visible);
	}

	/** Who confirmed or rejected a link, when and why. */
	record AnalystDecision(String username, DelegationCode delegation, Instant at, String reason) {
	}
}
