package org.truce.incident;

import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.incident.correlation.CandidateScore;
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

	/** Why a report opened an incident that no other incident lay near. */
	static final Factor NOTHING_NEAR = new Factor("opened", 0, "no incident lay near enough in time and place to compare");

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

	/** The link as recorded, for a viewer who may see every report its score compared with. */
	IncidentLink view() {
		return viewed(score, explanation);
	}

	/**
	 * The link for a viewer who may not see every report its score compared with: scored again against those it may see
	 * (none if it may see no other), so that nothing tells of the others.
	 */
	IncidentLink viewedAs(@Nullable CandidateScore rescored) {
		return rescored == null ? viewed(null, List.of(NOTHING_NEAR))
				: viewed(rescored.score(), rescored.explanation());
	}

	private IncidentLink viewed(@Nullable Double score, List<Factor> explanation) {
		return new IncidentLink(report, status, member, score, explanation, proposedAt,
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
