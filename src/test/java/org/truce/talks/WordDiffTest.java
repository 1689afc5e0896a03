package org.truce.talks;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.truce.talks.DiffSegment.Op;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

	@Test
	void identicalTextsAreOneEqualSegmentAndEmptyTextsNone() {
		assertThat(WordDiff.between("The parties agree.", "The parties agree."))
			.containsExactly(new DiffSegment(Op.EQUAL, "The parties agree."));
		assertThat(WordDiff.between("", "")).isEmpty();
		assertThat(WordDiff.between("", "New text")).containsExactly(new DiffSegment(Op.INSERT, "New text"));
		assertThat(WordDiff.between("Old text", "")).containsExactly(new DiffSegment(Op.DELETE, "Old text"));
	}

	@Test
	void aChangedWordIsDeletedThenInsertedAndTheRestKept() {
		assertThat(WordDiff.between("Monitors report weekly to the guarantors.", "Monitors report daily to the guarantors."))
			.containsExactly(new DiffSegment(Op.EQUAL, "Monitors report "), new DiffSegment(Op.DELETE, "weekly"),
					new DiffSegment(Op.INSERT, "daily"), new DiffSegment(Op.EQUAL, " to the guarantors."));
	}

	@Test
	void wordsChangedSideBySideReadAsOneChangeWithTheirSpaces() {
		assertThat(WordDiff.between("within seven days of notice", "within forty eight hours of notice"))
			.containsExactly(new DiffSegment(Op.EQUAL, "within "), new DiffSegment(Op.DELETE, "seven days"),
					new DiffSegment(Op.INSERT, "forty eight hours"), new DiffSegment(Op.EQUAL, " of notice"));
	}

	@Test
	void punctuationAndLineBreaksAreTokensOfTheirOwn() {
		assertThat(WordDiff.between("Article 1.\nArticle 2.", "Article 1;\nArticle 2.\nArticle 3."))
			.containsExactly(new DiffSegment(Op.EQUAL, "Article 1"), new DiffSegment(Op.DELETE, "."),
					new DiffSegment(Op.INSERT, ";"), new DiffSegment(Op.EQUAL, "\nArticle 2."),
					new DiffSegment(Op.INSERT, "\nArticle 3."));
	}

	@Test
	void arabicWordsWithTheirMarksAreWholeWords() {
		assertThat(WordDiff.between("وقف إطلاق النار", "وقف شامل لإطلاق النار"))
			.extracting(DiffSegment::op)
			.containsExactly(Op.EQUAL, Op.DELETE, Op.INSERT, Op.EQUAL);
	}

	@Test
	void eitherTextIsRebuiltFromTheSegments() {
		var random = new Random(20170206);
		for (int round = 0; round < 500; round++) {
			var before = randomText(random, random.nextInt(30));
			var after = randomText(random, random.nextInt(30));
			var diff = WordDiff.between(before, after);

			assertThat(text(diff, Op.DELETE)).as("before of %s -> %s", before, after).isEqualTo(before);
			assertThat(text(diff, Op.INSERT)).as("after of %s -> %s", before, after).isEqualTo(after);
			for (int i = 1; i < diff.size(); i++) {
				assertThat(diff.get(i).op()).as("segments are merged").isNotEqualTo(diff.get(i - 1).op());
			}
		}
	}

	@Test
	void keepsALongestCommonSubsequenceOfTokensEqual() {
		// Punctuation marks are one token each, so the characters kept equal count the tokens kept equal.
		var random = new Random(20170123);
		for (int round = 0; round < 500; round++) {
			var before = randomMarks(random, random.nextInt(40));
			var after = randomMarks(random, random.nextInt(40));

			var kept = WordDiff.between(before, after).stream()
				.filter(s -> s.op() == Op.EQUAL)
				.mapToInt(s -> s.text().length())
				.sum();

			assertThat(kept).as("%s -> %s", before, after).isEqualTo(lcsLength(before, after));
		}
	}

	@Test
	void longVersionsDiffQuickly() {
		var words = new Random(1).ints(5_000, 0, 400).mapToObj(i -> "w" + i).toList();
		var before = String.join(" ", words);
		var after = String.join(" ", words.reversed());

		var started = System.nanoTime();
		var diff = WordDiff.between(before, after);

		assertThat(text(diff, Op.INSERT)).isEqualTo(after);
		assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(5_000);
	}

	/** What one side reads: the equal segments and that side's own changes. */
	private static String text(List<DiffSegment> diff, Op side) {
		return diff.stream().filter(s -> s.op() == Op.EQUAL || s.op() == side).map(DiffSegment::text).collect(Collectors.joining());
	}

	private static String randomText(Random random, int words) {
		var vocabulary = List.of("the", "parties", "guarantors", "cease", "fire", ",", ".", " ", "\n", "  ");
		var text = new StringBuilder();
		for (int i = 0; i < words; i++) {
			text.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(random.nextBoolean() ? " " : "");
		}
		return text.toString();
	}

	private static String randomMarks(Random random, int length) {
		var text = new StringBuilder();
		for (int i = 0; i < length; i++) {
			text.append(".,;:!?".charAt(random.nextInt(4 + random.nextInt(3))));
		}
		return text.toString();
	}

	private static int lcsLength(String a, String b) {
		int[][] lengths = new int[a.length() + 1][b.length() + 1];
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				lengths[i][j] = a.charAt(i - 1) == b.charAt(j - 1) ? lengths[i - 1][j - 1] + 1
						: Math.max(lengths[i - 1][j], lengths[i][j - 1]);
			}
		}
		return lengths[a.length()][b.length()];
	}
}
