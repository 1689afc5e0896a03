package org.truce.agreement.geo;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How place names are compared. {@link #normalize} folds what never distinguishes two places (case, accents,
 * punctuation, Arabic diacritics and letter variants); {@link #looseKeys} also folds what varies between
 * transliterations of the same Arabic name (articles, doubled letters, e/i and o/u, a final h), so "Idlib" finds
 * Idleb and "Daraa" finds Dar'a.
 */
final class PlaceNames {

	/** Latin transliterations of the Arabic article, assimilated or not ("ar-Raqqa", "as-Suwayda", "El Bab"). */
	private static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "il", "ul", "ad", "ed", "adh", "edh", "ar", "er",
			"as", "es", "ash", "esh", "at", "et", "ath", "eth", "az", "ez", "an", "en");

	private static final String ARABIC_ARTICLE = "\u0627\u0644"; // al-
	private static final char TATWEEL = '\u0640';

	private PlaceNames() {
	}

	/**
	 * Lower case without accents, Arabic short vowels or tatweel, with one form of alef, ta marbuta as ha, alef maqsura
	 * as ya, and every run of punctuation and spaces (hyphens, apostrophes, quotes, dots, underscores) as one space.
	 */
	static String normalize(String name) {
		var decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
		var folded = new StringBuilder(decomposed.length());
		boolean pendingSpace = false;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (isMark(c) || c == TATWEEL) {
				continue;
			}
			if (!Character.isLetterOrDigit(c)) {
				pendingSpace = !folded.isEmpty();
				continue;
			}
			if (pendingSpace) {
				folded.append(' ');
				pendingSpace = false;
			}
			folded.append(unifyArabicLetter(c));
		}
		return folded.toString().toLowerCase(Locale.ROOT);
	}

	/** The name without a leading article ("al bab" → "bab", "الباب" → "باب"), or the name itself. */
	static String withoutLeadingArticle(String normalized) {
		var words = normalized.split(" ");
		return words.length > 1 && LATIN_ARTICLES.contains(words[0]) ? normalized.substring(words[0].length() + 1)
				: stripArabicArticle(normalized);
	}

	/**
	 * Spelling-insensitive keys of a normalized name: its words run together and folded, once as they are and once
	 * without articles, so that "albab", "Al-Bab" and "Bab" meet.
	 */
	static Set<String> looseKeys(String normalized) {
		var words = List.of(normalized.split(" "));
		var withoutArticles = words.stream().filter(w -> !LATIN_ARTICLES.contains(w)).map(PlaceNames::stripArabicArticle)
			.toList();
		var keys = new LinkedHashSet<String>();
		keys.add(loose(words));
		if (!withoutArticles.isEmpty()) {
			keys.add(loose(withoutArticles));
		}
		keys.remove("");
		return keys;
	}

	private static String loose(List<String> words) {
		return words.stream().map(PlaceNames::foldTransliteration).collect(Collectors.joining());
	}

	/**
	 * One word's transliteration reduced to a skeleton: "-ah"/"-eh" and a final "e" (ta marbuta) become "a", a final
	 * "y" becomes "i", e/i and o/u merge, and doubled letters (shadda, long vowels: "Tartous", "Lattakia") count once.
	 */
	private static String foldTransliteration(String word) {
		var w = word;
		if (w.length() > 2 && (w.endsWith("ah") || w.endsWith("eh"))) {
			w = w.substring(0, w.length() - 1);
		}
		if (w.length() > 2 && w.endsWith("e")) {
			w = w.substring(0, w.length() - 1) + "a";
		}
		if (w.length() > 2 && w.endsWith("y")) {
			w = w.substring(0, w.length() - 1) + "i";
		}
		var skeleton = new StringBuilder(w.length());
		for (int i = 0; i < w.length(); i++) {
			char c = switch (w.charAt(i)) {
				case 'e' -> 'i';
				case 'o' -> 'u';
				default -> w.charAt(i);
			};
			if (skeleton.isEmpty() || skeleton.charAt(skeleton.length() - 1) != c) {
				skeleton.append(c);
			}
		}
		return skeleton.toString();
	}

	private static String stripArabicArticle(String word) {
		return word.startsWith(ARABIC_ARTICLE) && word.length() > ARABIC_ARTICLE.length() + 1
				? word.substring(ARABIC_ARTICLE.length()) : word;
	}

	private static boolean isMark(char c) {
		int type = Character.getType(c);
		return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
				|| type == Character.ENCLOSING_MARK;
	}

	/**
	 * After NFKD has split hamza and madda off alef, waw and ya (أ إ آ ؤ ئ) and they were dropped as marks, the
	 * letters that remain spelled differently for the same name: alef wasla, ta marbuta, alef maqsura, Persian ya and kaf.
	 */
	private static char unifyArabicLetter(char c) {
		return switch (c) {
			case '\u0671' -> '\u0627'; // alef wasla -> alef
			case '\u0629' -> '\u0647'; // ta marbuta -> ha
			case '\u0649', '\u06CC' -> '\u064A'; // alef maqsura, Persian ya -> ya
			case '\u06A9' -> '\u0643'; // keheh -> kaf
			default -> c;
		};
	}
}
