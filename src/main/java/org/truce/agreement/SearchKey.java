package org.truce.agreement;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form in which names are compared and searched: lower case, without accents or Arabic vowel marks, without the
 * apostrophes and ayn/hamza signs that transliterations spell each their own way (Jama’at, Jama'at, Jamaat), hyphens
 * read as spaces. Computed in Java and stored beside each name, so the database needs no {@code unaccent}.
 */
final class SearchKey {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");
	private static final Pattern APOSTROPHES = Pattern.compile("['’‘`´ʼʻʾʿ]");
	private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—_]+");

	private SearchKey() {
	}

	static String of(String text) {
		var decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
		var plain = APOSTROPHES.matcher(MARKS.matcher(decomposed).replaceAll("")).replaceAll("");
		return SEPARATORS.matcher(plain).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
	}

	/** The key as literal text inside a SQL {@code LIKE} pattern whose escape character is {@code \}. */
	static String escapedForLike(String key) {
		return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
