package org.truce.agreement.geo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlaceNamesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"Ma'arrat An-Nu'man | ma arrat an nu man",
			"Jisr-Ash-Shugur    | jisr ash shugur",
			"  Ḥamā  al_Bāb.    | hama al bab",
			"“Tell” ‘Abiad’     | tell abiad",
			"ÇAĞLAYAN           | caglayan",
			"ٱلرَّقَّة              | الرقه",
			"أإآ ؤ ئ ى          | ااا و ي ي",
			"حلـــب             | حلب" })
	void normalizeFoldsCaseAccentsPunctuationAndArabicVariants(String name, String normalized) {
		assertThat(PlaceNames.normalize(name)).isEqualTo(normalized);
	}

	@Test
	void withoutLeadingArticleDropsLatinAndArabicArticles() {
		assertThat(PlaceNames.withoutLeadingArticle("al bab")).isEqualTo("bab");
		assertThat(PlaceNames.withoutLeadingArticle("ash shaddadi")).isEqualTo("shaddadi");
		assertThat(PlaceNames.withoutLeadingArticle("الباب")).isEqualTo("باب");
		assertThat(PlaceNames.withoutLeadingArticle("alma")).isEqualTo("alma");
		assertThat(PlaceNames.withoutLeadingArticle("al")).isEqualTo("al");
	}

	@Test
	void looseKeysMeetAcrossTransliterations() {
		assertThat(PlaceNames.looseKeys("idlib")).containsAnyElementsOf(PlaceNames.looseKeys("idleb"));
		assertThat(PlaceNames.looseKeys("daraa")).containsAnyElementsOf(PlaceNames.looseKeys("dar a"));
		assertThat(PlaceNames.looseKeys("tartus")).containsAnyElementsOf(PlaceNames.looseKeys("tartous"));
		assertThat(PlaceNames.looseKeys("latakia")).containsAnyElementsOf(PlaceNames.looseKeys("lattakia"));
		assertThat(PlaceNames.looseKeys("salhiya")).containsAnyElementsOf(PlaceNames.looseKeys("salhiyeh"));
		assertThat(PlaceNames.looseKeys("albab")).containsAnyElementsOf(PlaceNames.looseKeys("al bab"));
		assertThat(PlaceNames.looseKeys("bab")).containsAnyElementsOf(PlaceNames.looseKeys("el bab"));
		assertThat(PlaceNames.looseKeys("homs")).doesNotContainAnyElementsOf(PlaceNames.looseKeys("hama"));
	}
}
