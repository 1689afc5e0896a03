package org.truce.report;

import java.util.List;

/** One page of the reports a viewer may see, with how many match in all. */
public record ReportPage(List<ReportDetails> items, long total, int page, int size) {

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
