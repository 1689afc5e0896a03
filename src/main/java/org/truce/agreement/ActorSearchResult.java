package org.truce.agreement;

import java.util.List;

/**
 * @param items the best matches, as many as were asked for
 * @param total how many actors match in all
 */
public record ActorSearchResult(List<Actor> items, int total) {

	public ActorSearchResult {
		items = List.copyOf(items);
	}
}
