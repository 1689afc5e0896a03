package org.truce.incident;

import java.util.List;

/** One page of the incidents a viewer may see, most recent first, with how many match in all. */
public record IncidentPage(List<IncidentSummary> items, long total, int page, int size) {

	public IncidentPage {
		items = List.copyOf(items);
	}

	public boolean hasNext() {
		return (long) (page + 1) * size < total;
	}
}
