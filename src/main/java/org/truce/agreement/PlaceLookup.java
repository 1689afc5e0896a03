package org.truce.agreement;

import java.util.List;

/** What a place name resolves to: one place, several equally good candidates, or nothing. */
public sealed interface PlaceLookup {

	record Found(Place place) implements PlaceLookup {
	}

	record Ambiguous(List<Place> candidates) implements PlaceLookup {
	}

	record NotFound(String name) implements PlaceLookup {
	}
}
