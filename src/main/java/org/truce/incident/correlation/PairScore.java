package org.truce.incident.correlation;

import java.util.List;

import org.truce.incident.Factor;

/**
 * How strongly two reports speak for one event, in points (a log-odds match weight), with the factors that add up to
 * it.
 *
 * @param compatible false when time or place rule the event out whatever else agrees: too far apart for the precisions
 *        the two reports give
 */
public record PairScore(boolean compatible, double weight, List<Factor> factors) {

	public PairScore {
		factors = List.copyOf(factors);
	}
}
