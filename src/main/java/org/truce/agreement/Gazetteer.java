package org.truce.agreement;

import java.util.List;

/**
 * Resolves place names: English or Arabic, regardless of case and accents, with alternate spellings. A P-code names a
 * place exactly; an admin area's name or P-code ({@code SY02}) names the area, which stands at its seat.
 */
public interface Gazetteer {

	PlaceLookup resolve(String name);

	/** Places whose names start with or contain the query, best matches first. */
	List<Place> search(String query, int limit);
}
