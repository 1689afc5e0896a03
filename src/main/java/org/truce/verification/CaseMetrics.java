package org.truce.verification;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How long verification takes.
 *
 * @param medianDaysToDetermination median days from a case's opening to its ruling, over determined cases
 * @param medianDaysInState median days cases spent in each state they have left
 * @param byState how many cases are in each state
 */
public record CaseMetrics(long determined, @Nullable Double medianDaysToDetermination, Map<CaseState, Double> medianDaysInState,
		Map<CaseState, Long> byState) {
}
