package org.truce.incident.correlation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * In how many of the reports each narrative term occurs: what makes a shared word telling — a village's name, written by
 * two delegations — or not, like the words nearly every report of fighting uses.
 */
public final class TermFrequencies {

	private final long reports;
	private final Map<String, Long> reportsWith;

	private TermFrequencies(long reports, Map<String, Long> reportsWith) {
		this.reports = reports;
		this.reportsWith = reportsWith;
	}

	/** @param reportsWith for each term, how many of the {@code reports} use it (terms used by none may be left out) */
	public static TermFrequencies of(long reports, Map<String, Long> reportsWith) {
		return new TermFrequencies(reports, Map.copyOf(reportsWith));
	}

	/** The frequencies within a set of reports, each given by its terms. */
	public static TermFrequencies counting(Collection<? extends Set<String>> reportTerms) {
		var counts = new HashMap<String, Long>();
		reportTerms.forEach(terms -> terms.forEach(term -> counts.merge(term, 1L, Long::sum)));
		return new TermFrequencies(reportTerms.size(), counts);
	}

	/** How telling the term is: the smoothed inverse document frequency, 1 for a term every report uses. */
	public double weight(String term) {
		return Math.log((1.0 + reports) / (1.0 + reportsWith.getOrDefault(term, 0L))) + 1;
	}

	/**
	 * How alike two narratives are: the cosine of their terms weighted by rarity, 0 for nothing in common, 1 for the same
	 * terms.
	 */
	public double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		var smaller = a.size() <= b.size() ? a : b;
		var larger = smaller == a ? b : a;
		double shared = 0;
		for (var term : smaller) {
			if (larger.contains(term)) {
				shared += square(weight(term));
			}
		}
		return shared == 0 ? 0 : shared / Math.sqrt(norm(a) * norm(b));
	}

	private double norm(Set<String> terms) {
		double sum = 0;
		for (var term : terms) {
			sum += square(weight(term));
		}
		return sum;
	}

	private static double square(double x) {
		return x * x;
	}
}
