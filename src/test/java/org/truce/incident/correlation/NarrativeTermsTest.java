package org.truce.incident.correlation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeTermsTest {

	@Test
	void keepsTheTellingWordsInOneSpellingAndDropsTheCommonOnes() {
		assertThat(NarrativeTerms.of("Regime helicopters dropped barrel bombs on Kafr Nabl; 3 were killed, including a child."))
			.containsExactly("regime", "helicopter", "dropped", "barrel", "bomb", "kafr", "nabl", "killed", "child");
	}

	@Test
	void accentsCaseAndApostrophesDoNotMakeTwoWords() {
		assertThat(NarrativeTerms.of("Ḥarastā DOUMA Jama’at")).containsExactly("harasta", "douma", "jamaat");
		assertThat(NarrativeTerms.of("harasta douma Jama'at")).containsExactly("harasta", "douma", "jamaat");
	}

	@Test
	void arabicWordsLoseTheirArticleAndVowelMarks() {
		assertThat(NarrativeTerms.of("قصف على الغُوطة")).containsExactly("قصف", "غوطة");
	}

	@Test
	void aLongNarrativeGivesABoundedNumberOfTerms() {
		var text = new StringBuilder();
		for (int i = 0; i < 1_000; i++) {
			text.append("word").append((char) ('a' + i % 26)).append((char) ('a' + i / 26 % 26)).append(' ');
		}
		assertThat(NarrativeTerms.of(text.toString())).hasSize(NarrativeTerms.MAXIMUM_TERMS);
		assertThat(NarrativeTerms.of("")).isEmpty();
	}
}
