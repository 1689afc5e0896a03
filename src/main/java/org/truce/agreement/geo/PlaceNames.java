package org.truce.agreement.geo;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * How place names are compared. {@link #normalize} folds what never distinguishes two places (case, accents,
 * punctuation, Arabic diacritics and letter variants); {@link #looseKeys} also folds what varies between
 * transliterations of the same Arabic name (articles, doubled letters, vowels and diphthongs, q/k, ch/sh, a final h),
 * so "Idlib" finds Idleb, "Dayr az Zawr" Deir-ez-Zor and "Jobar" Jowbar; {@link #approximation} keeps a Latin name's
 * consonants apart from its vowels, for names that differ in a few vowels only ("Kafr Nabl", Kafr Nobol).
 */
final class PlaceNames {

	/** Latin transliterations of the Arabic article, assimilated or not ("ar-Raqqa", "as-Suwayda", "El Bab"). */
	private static final Set<String> LATIN_ARTICLES = Set.of("al", "el", "il", "ul", "ad", "ed", "adh", "edh", "ar", "er",
			"as", "es", "ash", "esh", "at", "et", "ath", "eth", "az", "ez", "an", "en");

	/**
	 * An article run into the word after it, inside a name: "el" before three more letters ("Harasta Elqantara"), or a
	 * vowel before a doubled consonant, the article assimilated to it ("Deir Ezzor").
	 */
	private static final Pattern FUSED_ARTICLE = Pattern.compile("^(?:[ae]l(?=[a-z]{3})|[ae](?=([b-df-hj-np-tv-z])\\1))");
	private static final Pattern LATIN = Pattern.compile("[a-z0-9 ]+");

	/**
	 * Spellings of one sound that transliterations choose between, in the order they are folded: French and German
	 * "ch" for "sh", "dj" for "j", q for k, diphthongs and doubled vowels for the long vowels and glides they write.
	 */
	private static final String[][] SPELLINGS = { { "sch", "sh" }, { "ch", "sh" }, { "dj", "j" }, { "ph", "f" },
			{ "ck", "k" }, { "q", "k" }, { "ou", "u" }, { "oo", "u" }, { "ee", "i" }, { "aw", "u" }, { "ow", "u" },
			{ "ay", "i" }, { "ai", "i" }, { "ei", "i" }, { "ey", "i" }, { "e", "i" }, { "o", "u" } };

	/** A glide before a vowel, written or not: "Salamiyeh" and "Salamieh", "Suwayda" and "Sweida". */
	private static final Pattern GLIDE = Pattern.compile("(?<=i)y(?=[aiu])|(?<=[^aiu])u(?=w[aiu])");

	/**
	 * Consonant letters and digraphs that transliterate one Arabic letter, each as one symbol, for {@link
	 * #approximation}: sh, ch and sch (ش) are S, kh (خ) is X, gh th dh (غ ث ذ/ض) are g t d, q and c are k.
	 */
	private static final String[][] CONSONANT_CLASSES = { { "x", "ks" }, { "sch", "S" }, { "sh", "S" }, { "ch", "S" },
			{ "kh", "X" }, { "gh", "g" }, { "th", "t" }, { "dh", "d" }, { "dj", "j" }, { "ph", "f" }, { "ck", "k" },
			{ "q", "k" }, { "c", "k" }, { "p", "b" }, { "v", "f" }, { "e", "i" }, { "o", "u" } };
	private static final Pattern VOWELS = Pattern.compile("[aiu]");
	/** w and y that write no consonant: not followed by a vowel ("Dayr", "Hawsh"). */
	private static final Pattern VOWEL_GLIDES = Pattern.compile("[wy](?![aiu])");

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
		var keys = new LinkedHashSet<String>();
		keys.add(fold(words));
		keys.add(fold(withoutArticles(words)));
		keys.remove("");
		return keys;
	}

	/**
	 * A Latin name as its consonants and as the same with its vowels, articles left out, each consonant as one symbol of
	 * the Arabic letter it may transliterate (see {@link #CONSONANT_CLASSES}); empty for a name in another script.
	 */
	static Optional<Approximation> approximation(String normalized) {
		if (!LATIN.matcher(normalized).matches()) {
			return Optional.empty();
		}
		var vowelled = withoutArticles(List.of(normalized.split(" "))).stream()
			.map(PlaceNames::consonantClasses)
			.collect(Collectors.joining());
		return Optional.of(new Approximation(VOWELS.matcher(vowelled).replaceAll(""), vowelled));
	}

	/**
	 * @param consonants what two spellings must share to be compared at all
	 * @param vowelled the consonants with the vowels between them (e and o as i and u), to count how many differ
	 */
	record Approximation(String consonants, String vowelled) {

		/**
		 * How many vowels must be inserted, removed or changed to turn one spelling into the other, if the two share
		 * their consonants and differ in no more than one vowel per two consonants, or one in a name of four; names of
		 * three consonants or fewer are too short to tell a misspelling from another name.
		 */
		Optional<Integer> vowelEditsTo(Approximation other) {
			int length = consonants.length();
			if (length < 4 || !consonants.equals(other.consonants)) {
				return Optional.empty();
			}
			int edits = editDistance(vowelled, other.vowelled);
			return edits <= (length == 4 ? 1 : length / 2) ? Optional.of(edits) : Optional.empty();
		}
	}

	/** The words without their articles: see {@link #LATIN_ARTICLES} (never a name's last word), the Arabic one, and {@link #FUSED_ARTICLE}. */
	private static List<String> withoutArticles(List<String> words) {
		var kept = new ArrayList<String>(words.size());
		for (int i = 0; i < words.size(); i++) {
			var word = words.get(i);
			if (LATIN_ARTICLES.contains(word) && i < words.size() - 1) {
				continue;
			}
			var fused = i > 0 ? FUSED_ARTICLE.matcher(word) : null;
			kept.add(fused != null && fused.find() ? word.substring(fused.end()) : stripArabicArticle(word));
		}
		return kept;
	}

	/** Words run together, each word's ending folded, then the whole as one {@link #foldSpelling spelling}. */
	private static String fold(List<String> words) {
		return foldSpelling(words.stream().map(PlaceNames::foldEnding).collect(Collectors.joining()));
	}

	/**
	 * A word's ending as one form: "-ah"/"-eh" and a final "e" (ta marbuta) become "a", a final "y" becomes "i".
	 */
	private static String foldEnding(String word) {
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
		return w;
	}

	/** {@link #SPELLINGS} folded, doubled letters (shadda, long vowels) counted once, then {@link #GLIDE}s dropped. */
	private static String foldSpelling(String text) {
		var folded = text;
		for (var spelling : SPELLINGS) {
			folded = folded.replace(spelling[0], spelling[1]);
		}
		return GLIDE.matcher(withoutDoubledLetters(folded)).replaceAll("");
	}

	private static String consonantClasses(String word) {
		var w = foldEnding(word);
		for (var consonantClass : CONSONANT_CLASSES) {
			w = w.replace(consonantClass[0], consonantClass[1]);
		}
		return withoutDoubledLetters(VOWEL_GLIDES.matcher(w).replaceAll(""));
	}

	private static String withoutDoubledLetters(String text) {
		var single = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			if (single.isEmpty() || single.charAt(single.length() - 1) != text.charAt(i)) {
				single.append(text.charAt(i));
			}
		}
		return single.toString();
	}

	/** Levenshtein's distance: the fewest insertions, deletions and substitutions of characters from one to the other. */
	static int editDistance(String from, String to) {
		var previous = new int[to.length() + 1];
		var current = new int[to.length() + 1];
		for (int j = 0; j <= to.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= from.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= to.length(); j++) {
				int substitution = previous[j - 1] + (from.charAt(i - 1) == to.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
			}
			var swap = previous;
			previous = current;
			current = swap;
		}
		return previous[to.length()];
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
