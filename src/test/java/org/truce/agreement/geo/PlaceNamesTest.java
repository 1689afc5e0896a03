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

	@ParameterizedTest(name = "{0} ~ {1}")
	@CsvSource(delimiter = '|', value = {
			"dayr az zawr      | deir ez zor", "deir ezzor | deir ez zor", "jobar | jowbar", "joubar | jowbar",
			"salamieh          | as salamiyeh", "salamiyya | as salamiyeh", "sweida | as suwayda", "qaboun | kaboon",
			"harasta al qantara | harasta elqantara", "chahba | shahba", "ayn al arab | ain al arab" })
	void looseKeysMeetAcrossArabicRomanisations(String one, String other) {
		assertThat(PlaceNames.looseKeys(one)).containsAnyElementsOf(PlaceNames.looseKeys(other));
	}

	@Test
	void aLastWordIsNeverAnArticle() {
		// Tall al-As (تل العاص) is not At Tall
		assertThat(PlaceNames.looseKeys("tall al as")).doesNotContainAnyElementsOf(PlaceNames.looseKeys("at tall"));
	}

	@Test
	void anApproximationCountsTheVowelsThatDifferBetweenTheSameConsonants() {
		var nobol = PlaceNames.approximation("kafr nobol").orElseThrow();

		assertThat(nobol.consonants()).isEqualTo("kfrnbl");
		assertThat(PlaceNames.approximation("kafr nabl").orElseThrow().vowelEditsTo(nobol)).contains(2);
		assertThat(PlaceNames.approximation("kafranbel").orElseThrow().vowelEditsTo(nobol)).contains(3);
		assertThat(PlaceNames.approximation("kefr nubul").orElseThrow().vowelEditsTo(nobol)).contains(1);
		assertThat(PlaceNames.approximation("kafr nabil").orElseThrow().vowelEditsTo(nobol)).contains(2);
	}

	@Test
	void anApproximationNeedsTheSameConsonantsFewVowelEditsAndFourConsonantsAtLeast() {
		var nobol = PlaceNames.approximation("kafr nobol").orElseThrow();
		var homs = PlaceNames.approximation("homs").orElseThrow();

		assertThat(PlaceNames.approximation("kafr nabi").orElseThrow().vowelEditsTo(nobol)).isEmpty();
		assertThat(PlaceNames.approximation("kaafaraanaabaal").orElseThrow().vowelEditsTo(nobol)).isEmpty();
		assertThat(PlaceNames.approximation("hims").orElseThrow().vowelEditsTo(homs)).isEmpty();
		assertThat(PlaceNames.approximation("حمص")).isEmpty();
	}

	@Test
	void anApproximationSpellsEachArabicConsonantOneWay() {
		assertThat(PlaceNames.approximation("shaykh").orElseThrow().consonants())
			.isEqualTo(PlaceNames.approximation("cheikh").orElseThrow().consonants());
		assertThat(PlaceNames.approximation("qusayr").orElseThrow().consonants())
			.isEqualTo(PlaceNames.approximation("kusair").orElseThrow().consonants());
	}

	@Test
	void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
		assertThat(PlaceNames.editDistance("kitten", "sitting")).isEqualTo(3);
		assertThat(PlaceNames.editDistance("", "abc")).isEqualTo(3);
		assertThat(PlaceNames.editDistance("same", "same")).isZero();
	}
}
