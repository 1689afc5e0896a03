package org.truce.agreement.geo;

import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.truce.agreement.Place;
import org.truce.agreement.PlaceLookup;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

	private static final CodAbAdminAreas areas = new CodAbAdminAreas();
	private static final OchaGazetteer gazetteer = new OchaGazetteer(areas);

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = {
			"Aleppo      | C1007", "ALEPPO | C1007", "  aleppo  | C1007",
			"Ḥamā        | C2987",
			"Tell Abiad  | C5792", "tell-abiad | C5792", "Tell_Abiad | C5792",
			"Al-Bab      | C1202", "Al Bab | C1202", "al bab | C1202", "albab | C1202", "Bab | C1202", "El-Bab | C1202",
			"Ar Raqqa    | C5710", "Raqqa | C5710", "Ar Raqqah | C5710",
			"Tartus      | C5221", "Latakia | C3480", "Deir ez Zor | C5086", "Tadmur | C2889" })
	void resolvesEnglishNamesRegardlessOfCaseAccentsPunctuationAndTransliteration(String name, String pcode) {
		assertThat(found(name).pcode()).isEqualTo(pcode);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "حلب", "حَلَب", "حلـــب" })
	void resolvesArabicWithoutDiacriticsOrTatweel(String name) {
		assertThat(found(name).pcode()).isEqualTo("C1007");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "إدلب", "ادلب", "أدلب" })
	void resolvesArabicWithAnyFormOfAlef(String name) {
		assertThat(found(name).pcode()).isEqualTo("C3871");
	}

	@Test
	void resolvesArabicTaMarbutaAndAlefMaqsuraAsTheirPlainForms() {
		assertThat(found("حماة").pcode()).isEqualTo("C2987");
		assertThat(found("حماه").pcode()).isEqualTo("C2987");
		assertThat(found("الرقة").pcode()).isEqualTo("C5710");
		assertThat(found("الرقه").pcode()).isEqualTo("C5710");
	}

	@Test
	void resolvesTheAlternateSpellingOfNamEnRef() {
		assertThat(found("Maarrat Tamasrin").pcode()).isEqualTo(found("Ma'arrat Tamasrin").pcode());
		assertThat(found("Dara").pcode()).isEqualTo("C5993");
		assertThat(found("Mabtali").name()).isEqualTo("Ma'btali");
	}

	@Test
	void resolvesPcodesExactlyAndAdminPcodesToTheirSeats() {
		assertThat(found("C1007").name()).isEqualTo("Aleppo");
		assertThat(found("c1007").name()).isEqualTo("Aleppo");
		assertThat(found("SY02").pcode()).isEqualTo("C1007");
		assertThat(found("SY0204").name()).isEqualTo("Azaz");
		assertThat(gazetteer.resolve("C99999")).isEqualTo(new PlaceLookup.NotFound("C99999"));
		assertThat(gazetteer.resolve("SY99")).isInstanceOf(PlaceLookup.NotFound.class);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"Damascus | C1001", "Aleppo | C1007", "Homs | C2528", "Idleb | C3871", "Idlib | C3871", "Daraa | C5993",
			"Dar'a | C5993", "Hama | C2987", "Quneitra | C6268" })
	void governorateNamesResolveToTheCityThatIsTheirCapital(String name, String pcode) {
		var place = found(name);

		assertThat(place.pcode()).isEqualTo(pcode);
		assertThat(place.location().governorate().pcode()).isEqualTo(place.location().district().pcode().substring(0, 4));
	}

	@Test
	void theAdminCapitalWinsOverVillagesOfTheSameName() {
		// four places are called Hama; the governorate capital is one of them
		assertThat(gazetteer.search("Hama", 10)).filteredOn(p -> p.name().equals("Hama")).hasSize(4);
		assertThat(found("Hama").location().governorate().pcode()).isEqualTo("SY05");
	}

	@Test
	void districtAndSubDistrictNamesResolveToTheirSeatOrLabelPoint() {
		assertThat(found("Jebel Saman").pcode()).isEqualTo("C1007");
		var duma = found("Duma"); // no populated place is marked the seat of Duma district
		assertThat(duma.pcode()).isEqualTo("SY0302");
		assertThat(duma.location().district().pcode()).isEqualTo("SY0302");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', value = { "Palmyra | C2889", "Kobani | C1946", "Manbij | C1767", "Qamishli | C4564",
			"Suwayda | C6147", "Tall Abyad | C5792", "Zabadani | C2429", "Khan Sheikhoun | C3987", "Douma | C2338",
			"Rif Dimashq | SY03" })
	void resolvesNamesInCommonUseThatTheOchaFilesSpellOtherwise(String name, String pcode) {
		assertThat(found(name).pcode()).isEqualTo(pcode);
	}

	@Test
	void nameSharedByEqualPlacesIsAmbiguousWithTheCandidates() {
		var lookup = gazetteer.resolve("Jdideh");

		assertThat(lookup).isInstanceOfSatisfying(PlaceLookup.Ambiguous.class, ambiguous -> assertThat(ambiguous.candidates())
			.hasSize(9)
			.allMatch(p -> p.name().equals("Jdideh"))
			.extracting(Place::pcode).isSorted()); // equals, so in P-code order
	}

	@ParameterizedTest(name = "\"{0}\"")
	@ValueSource(strings = { "Xyzzy", "Beirut", "", "  ", "---" })
	void unknownNamesAreNotFound(String name) {
		assertThat(gazetteer.resolve(name)).isEqualTo(new PlaceLookup.NotFound(name));
	}

	@Test
	void searchFindsPrefixesBeforeSubstringsAndCapitalsFirst() {
		var results = gazetteer.search("ham", 20);

		assertThat(results.getFirst().pcode()).isEqualTo("C2987"); // Hama, the governorate capital
		assertThat(results).extracting(Place::name)
			.allMatch(name -> PlaceNames.normalize(name).contains("ham"));
		int firstSubstringOnly = indexOfFirst(results, name -> !PlaceNames.normalize(name).startsWith("ham"));
		assertThat(results.subList(0, firstSubstringOnly)).extracting(Place::name)
			.allMatch(name -> PlaceNames.normalize(name).startsWith("ham"));
	}

	@Test
	void searchMatchesArabicArticleLessAndLooseSpellingsAndRespectsTheLimit() {
		assertThat(gazetteer.search("حل", 5)).hasSize(5).first().extracting(Place::pcode).isEqualTo("C1007");
		assertThat(gazetteer.search("bab", 3)).first().extracting(Place::pcode).isEqualTo("C1202");
		assertThat(gazetteer.search("Idlib", 5)).extracting(Place::pcode).contains("C3871");
		assertThat(gazetteer.search("zzzzz", 5)).isEmpty();
		assertThat(gazetteer.search("--", 5)).isEmpty();
	}

	@Test
	void everyPlaceIsLocatedWhereTheAdminAreasLocateItsPoint() {
		for (var entry : PopulatedPlace.load(areas)) {
			var place = entry.place();
			assertThat(areas.locate(place.point())).as(place.pcode()).contains(place.location());
		}
	}

	private static Place found(String name) {
		var lookup = gazetteer.resolve(name);
		assertThat(lookup).as(name).isInstanceOf(PlaceLookup.Found.class);
		return ((PlaceLookup.Found) lookup).place();
	}

	private static int indexOfFirst(List<Place> places, Predicate<String> name) {
		for (int i = 0; i < places.size(); i++) {
			if (name.test(places.get(i).name())) {
				return i;
			}
		}
		return places.size();
	}
}
