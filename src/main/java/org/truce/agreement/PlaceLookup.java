package org.truce.agreement;

import java.util.List;

/** What a place name resolves to: one place, several equally good candidates, or nothing. */
public sealed interface PlaceLookup {

	/** How a name met the place it resolved to. */
	enum Match {
		/** the P-code, or the name as the gazetteer has it up to case, accents, punctuation and Arabic letter forms */
		EXACT,
		/** another transliteration of the same name: articles, doubled letters, vowel and consonant spellings */
		SPELLING,
		/** a near spelling: the same consonants with a few vowels different; only ever a prominent place */
		APPROXIMATE
	}

	/**
	 * @param alternatives other, less prominent places that the name also matched, most prominent first
	 */
	record Found(Place place, Match match, List<Place> alternatives) implements PlaceLookup {
	}

	/** Equally prominent places share the name: the caller must choose one, by its P-code. */
	record Ambiguous(List<Place> candidates) implements PlaceLookup {
	}

	/**
	 * @param suggestions places of a near spelling, too uncertain to be chosen without asking, best first
	 */
	record NotFound(String name, List<Place> suggestions) implements PlaceLookup {
	}
}
