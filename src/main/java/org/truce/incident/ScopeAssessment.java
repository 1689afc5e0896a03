package org.truce.incident;

import java.util.List;

/**
 * Whether the rules put an incident outside the truce — advisory: the guarantors decide. Assessed on the reports the
 * viewer may see.
 */
public record ScopeAssessment(boolean outsideTruce, List<ScopeReason> reasons) {

	public ScopeAssessment {
		reasons = List.copyOf(reasons);
	}

	public static ScopeAssessment of(List<ScopeReason> reasons) {
		return new ScopeAssessment(!reasons.isEmpty(), reasons);
	}
}
