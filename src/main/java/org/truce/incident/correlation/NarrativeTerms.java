package org.truce.incident.correlation;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of a narrative that can tell one event from another: place names, weapons, targets — in the form in which
 * two reporters' spellings meet (lower case, without accents or Arabic vowel marks, a plural's final s and the Arabic
 * article dropped), without the words every narrative has. Language-blind: words are compared as written, so two
 * narratives in different languages share only the names they spell alike.
 */
public final class NarrativeTerms {

	/** Enough for the substance of a long narrative; beyond this, a text adds more words than distinctions. */
	static final int MAXIMUM_TERMS = 200;
	private static final int SHORTEST = 3;
	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʼʻʾʿ]");
	private static final Pattern NON_LETTERS = Pattern.compile("\\P{L}+");
	private static final String ARABIC_ARTICLE = "ال";
	private static final Set<String> STOP_WORDS = Set.of(
			// English
			"the", "and", "for", "with", "from", "into", "onto", "over", "under", "after", "before", "during", "near", "around",
			"about", "against", "between", "while", "where", "when", "which", "who", "whom", "whose", "that", "this", "these",
			"those", "there", "their", "they", "them", "its", "his", "her", "our", "your", "was", "were", "are", "been", "being",
			"has", "have", "had", "not", "but", "also", "than", "then", "some", "any", "all", "other", "others", "more", "most",
			"including", "include", "includes", "yesterday", "today", "reported", "report", "reports", "according", "said",
			"says", "per", "via", "one", "two", "three", "four", "five", "several", "many",
			// Russian
			"что", "это", "как", "для", "при", "его", "или", "также", "после", "около", "было", "были", "был", "она", "они",
			// Arabic
			"على", "إلى", "الى", "عن", "مع", "بعد", "قبل", "حول", "التي", "الذي", "هذا", "هذه", "ذلك", "كان", "كانت", "وقد");

	private NarrativeTerms() {
	}

	/** The distinct terms of a narrative, in the order they first occur, at most {@value #MAXIMUM_TERMS}. */
	public static Set<String> of(String narrative) {
		var decomposed = Normalizer.normalize(narrative, Normalizer.Form.NFKD);
		var plain = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("").toLowerCase(Locale.ROOT);
		var terms = new LinkedHashSet<String>();
		for (var word : NON_LETTERS.split(plain)) {
			var term = stem(word);
			if (term.length() >= SHORTEST && !STOP_WORDS.contains(word) && !STOP_WORDS.contains(term)) {
				terms.add(term);
				if (terms.size() == MAXIMUM_TERMS) {
					break;
				}
			}
		}
		return terms;
	}

	private static String stem(String word) {
		if (word.length() > 4 && word.endsWith("s") && !word.endsWith("ss")) {
			return word.substring(0, word.length() - 1);
		}
		if (word.length() > 4 && word.startsWith(ARABIC_ARTICLE)) {
			return word.substring(ARABIC_ARTICLE.length());
		}
		return word;
	}
}
