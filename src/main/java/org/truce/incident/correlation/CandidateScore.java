package org.truce.incident.correlation;

import java.util.List;

import org.truce.incident.Factor;
import org.truce.incident.IncidentId;
import org.truce.report.ReportId;

/**
 * How well a report fits an incident.
 *
 * @param weight the match weight in points, the sum of the explanation's contributions
 * @param score the weight mapped onto 0 to 1, which the thresholds apply to
 * @param comparedWith the incident's reports the report was compared with, which the explanation describes
 */
public record CandidateScore(IncidentId incident, double weight, double score, List<Factor> explanation,
		List<ReportId> comparedWith) {

	public CandidateScore {
		explanation = List.copyOf(explanation);
		comparedWith = List.copyOf(comparedWith);
	}
}
