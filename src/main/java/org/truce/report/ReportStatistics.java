package org.truce.report;

import java.time.Instant;
import java.util.Map;

import org.truce.core.Viewer;

/**
 * Counts of the reports a viewer may see, over a period, grouped one way. The counts are those the register's list
 * would total with the same filters, so that a briefing's figures agree with the API.
 */
public interface ReportStatistics {

	/** @return the number of reports per key (a governorate P-code, a category code, or an actor id, or "" for none) */
	Map<String, Long> count(Instant from, Instant to, Grouping grouping, Viewer viewer);

	enum Grouping {
		GOVERNORATE, CATEGORY, ALLEGED_PERPETRATOR
	}
}
