package org.truce.agreement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchKeyTest {

	@Test
	void namesCompareRegardlessOfCaseAccentsApostrophesAndHyphens() {
		assertThat(SearchKey.of("Jabhat Fatḥ al-Shām")).isEqualTo(SearchKey.of("JABHAT FATH AL SHAM"));
		assertThat(SearchKey.of("Jama’at Al-Tawhid")).isEqualTo(SearchKey.of("Jamaat al Tawhid"));
		assertThat(SearchKey.of("  Ahrar   al-Sham ")).isEqualTo("ahrar al sham");
	}

	@Test
	void arabicNamesLoseTheirVowelMarks() {
		assertThat(SearchKey.of("جَبْهَة")).isEqualTo(SearchKey.of("جبهة"));
	}

	@Test
	void likeWildcardsInAQueryAreTakenLiterally() {
		assertThat(SearchKey.escapedForLike("100%")).isEqualTo("100\\%");
	}
}
