package org.truce.report;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.truce.agreement.ActorId;
import org.truce.agreement.AdminArea;
import org.truce.agreement.AdminAreas;
import org.truce.agreement.AdminLocation;
import org.truce.agreement.Gazetteer;
import org.truce.agreement.Place;
import org.truce.agreement.PlaceKind;
import org.truce.agreement.PlaceLookup;
import org.truce.core.Confidentiality;
import org.truce.core.GeoPoint;
import org.truce.core.InvalidInputException;
import org.truce.core.InvalidInputException.FieldError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.truce.report.ReportDrafts.aReport;

class ReportDraftCheckerTest {

	private static final Instant NOW = Instant.parse("2017-03-31T12:00:00Z");
	private static final AdminLocation DAMASCUS = new AdminLocation(new AdminArea("SY01", 1, "Damascus", "دمشق"),
			new AdminArea("SY0100", 2, "Damascus", "دمشق"), new AdminArea("SY010000", 3, "Damascus", "دمشق"));
	private static final AdminLocation DUMA_DISTRICT = new AdminLocation(new AdminArea("SY03", 1, "Rural Damascus", "ريف دمشق"),
			new AdminArea("SY0302", 2, "Duma", "دوما"), new AdminArea("SY030200", 3, "Duma", "مركز دوما"));
	private static final Place DOUMA = new Place("C2338", "Duma", "دوما", PlaceKind.SETTLEMENT, new GeoPoint(33.57, 36.40),
			DUMA_DISTRICT);
	private static final Place DUMA_VILLAGE = new Place("C3076", "Duma", "دوما", PlaceKind.SETTLEMENT,
			new GeoPoint(35.34, 37.00), new AdminLocation(new AdminArea("SY05", 1, "Hama", "حماة"),
					new AdminArea("SY0501", 2, "Hama", "مركز حماة"), new AdminArea("SY050103", 3, "Hamra", "الحمراء")));
	private static final Place DAMASCUS_GOVERNORATE = new Place("SY01", "Damascus", "دمشق", PlaceKind.GOVERNORATE,
			new GeoPoint(33.51, 36.29), DAMASCUS);
	private static final UUID KNOWN_ACTOR = UUID.randomUUID();

	private final ReportDraftChecker checker = new ReportDraftChecker(Clock.fixed(NOW, ZoneOffset.UTC), new SquareCountry(),
			new TwoPlaceGazetteer(), id -> id.value().equals(KNOWN_ACTOR));

	@Test
	void aCompleteDraftIsLocatedAndKeptAsSubmitted() {
		var content = checker.check(aReport().perpetrator(KNOWN_ACTOR).build());

		assertThat(content.location().admin().admin1Pcode()).isEqualTo("SY01");
		assertThat(content.location().admin().admin1Name()).isEqualTo("Damascus");
		assertThat(content.category()).isEqualTo(Category.SHELLING_ARTILLERY_MISSILE_ATTACK);
		assertThat(content.allegedPerpetrator()).isEqualTo(new ActorId(KNOWN_ACTOR));
		assertThat(content.casualties()).isEqualTo(new Casualties(2, 5, 1));
		assertThat(content.confidentiality()).isEqualTo(Confidentiality.MECHANISM);
	}

	@Test
	void absentPartsTakeTheirDefaults() {
		var content = checker.check(aReport().occurred(Instant.parse("2017-01-15T08:30:00Z"), null).timePrecision(null)
			.casualties(null).confidentiality(null).narrative(null).build());

		assertThat(content.occurredTo()).isEqualTo(content.occurredFrom());
		assertThat(content.timePrecision()).isEqualTo(TimePrecision.EXACT);
		assertThat(content.casualties()).isEqualTo(Casualties.unknown());
		assertThat(content.confidentiality()).isEqualTo(Confidentiality.GUARANTORS);
		assertThat(content.narrative()).isEmpty();
	}

	@Test
	void aPlaceNameResolvesThroughTheGazetteer() {
		var content = checker.check(aReport().withoutLocation().placeName("douma").build());

		assertThat(content.location().point()).isEqualTo(DOUMA.point());
		assertThat(content.location().placePcode()).isEqualTo("C2338");
		assertThat(content.location().placeName()).isEqualTo("Duma");
		assertThat(content.location().precision()).isEqualTo(LocationPrecision.SETTLEMENT);
		assertThat(content.location().admin().admin2Pcode()).isEqualTo("SY0302");
	}

	@Test
	void aPlaceNameIsAsPreciseAsWhatItNames() {
		var content = checker.check(aReport().withoutLocation().placeName("damascus governorate").build());

		assertThat(content.location().precision()).isEqualTo(LocationPrecision.GOVERNORATE);
		assertThat(content.location().placePcode()).isEqualTo("SY01");
	}

	@Test
	void aPointWithThePlaceItLiesInKeepsThePointAndNamesThePlace() {
		var content = checker.check(aReport().at(33.575, 36.41).placeName("douma").build());

		assertThat(content.location().point()).isEqualTo(new GeoPoint(33.575, 36.41));
		assertThat(content.location().precision()).isEqualTo(LocationPrecision.EXACT);
		assertThat(content.location().placePcode()).isEqualTo("C2338");
		assertThat(content.location().admin().admin1Pcode()).isEqualTo("SY01"); // where the point is, not the place
	}

	@Test
	void aPointChoosesAmongThePlacesItsNameMayMean() {
		assertThat(checker.check(aReport().at(35.341, 37.002).placeName("douma").build()).location().placePcode())
			.isEqualTo("C3076"); // the alternative, a village of Hama
		assertThat(checker.check(aReport().at(36.01, 38.01).placeName("tell").build()).location().placePcode())
			.isEqualTo("C0002"); // of two equals, the one at the point
		assertThat(checker.check(aReport().at(33.9, 36.9).placeName("damascus governorate").build()).location().placePcode())
			.isEqualTo("SY01"); // an area contains the point
	}

	@Test
	void aPointFarFromThePlaceNamedIsRefusedNamingBoth() {
		// central Damascus is 13 km from Duma: beyond an exact point's 100 m and a town's extent
		var refused = catchThrowableOfType(InvalidInputException.class,
				() -> checker.check(aReport().at(33.5138, 36.2765).placeName("douma").build()));

		assertThat(refused.errors()).extracting(FieldError::field).containsExactly("location", "placeName");
		assertThat(refused.errors().get(1).message()).contains("C2338 Duma (Duma, Rural Damascus) lies 13 km away");
	}

	@Test
	void aPointWithANameTheGazetteerDoesNotKnowKeepsTheNameAsADescription() {
		var content = checker.check(aReport().at(33.5138, 36.2765).placeName("Tishreen hospital, east gate").build());

		assertThat(content.location().placeName()).isEqualTo("Tishreen hospital, east gate");
		assertThat(content.location().placePcode()).isNull();
	}

	@Test
	void aPointWithAPrecisionCoarseEnoughMayNameAPlaceFartherAway() {
		var content = checker.check(aReport().at(33.5138, 36.2765, LocationPrecision.NEAR).placeName("douma").build());

		assertThat(content.location().placePcode()).isEqualTo("C2338");
	}

	@Test
	void timesInTheFutureOrOutOfOrderAreRefused() {
		assertThat(errorsOf(aReport().occurred(NOW.plusSeconds(3600), null))).containsExactly("occurredFrom");
		assertThat(errorsOf(aReport().occurred(NOW.minusSeconds(60), NOW.minusSeconds(120)))).containsExactly("occurredTo");
		assertThat(errorsOf(aReport().occurred(null, null))).containsExactly("occurredFrom");
	}

	@Test
	void aPointOutsideTheAgreementAreaOrOutOfRangeIsRefused() {
		assertThat(errorsOf(aReport().at(33.89, 35.50))).containsExactly("location");
		assertThat(errorsOf(aReport().at(91, 36))).containsExactly("location.lat");
		assertThat(errorsOf(aReport().withoutLocation())).containsExactly("location");
	}

	@Test
	void unknownOrAmbiguousPlaceNamesAreRefused() {
		assertThat(errorsOf(aReport().withoutLocation().placeName("Atlantis"))).containsExactly("placeName");
		var ambiguous = catchThrowableOfType(InvalidInputException.class,
				() -> checker.check(aReport().withoutLocation().placeName("Tell").build()));
		assertThat(ambiguous.errors().getFirst().message()).contains("C0001", "C0002");
		var suggested = catchThrowableOfType(InvalidInputException.class,
				() -> checker.check(aReport().withoutLocation().placeName("Tarmala").build()));
		assertThat(suggested.errors().getFirst().message()).contains("did you mean", "C2513 Tir Maallah");
	}

	@Test
	void unknownCategoriesAndActorsAreRefused() {
		assertThat(errorsOf(aReport().category("bombardment"))).containsExactly("category");
		assertThat(errorsOf(aReport().category(null))).containsExactly("category");
		assertThat(errorsOf(aReport().perpetrator(UUID.randomUUID()))).containsExactly("allegedPerpetratorActorId");
		assertThat(errorsOf(aReport().target(UUID.randomUUID()))).containsExactly("targetActorId");
	}

	@Test
	void casualtyCountsMustBePlausible() {
		assertThat(errorsOf(aReport().casualties(new Casualties(-1, null, null)))).containsExactly("casualties.killed");
		assertThat(errorsOf(aReport().casualties(new Casualties(1, null, 3)))).containsExactly("casualties.civiliansKilled");
	}

	@Test
	void everyFaultyFieldIsNamedAtOnce() {
		assertThat(errorsOf(aReport().category("x").narrative("n".repeat(20_001)).occurred(NOW.plusSeconds(3600), null)))
			.containsExactlyInAnyOrder("occurredFrom", "category", "narrative");
	}

	private List<String> errorsOf(ReportDrafts draft) {
		var refused = catchThrowableOfType(InvalidInputException.class, () -> checker.check(draft.build()));
		assertThat(refused).as("the draft is refused").isNotNull();
		return refused.errors().stream().map(FieldError::field).toList();
	}

	/** A country that is a lat/lon box, all of it Damascus. */
	private static final class SquareCountry implements AdminAreas {

		@Override
		public Optional<AdminLocation> locate(GeoPoint point) {
			return withinAgreementArea(point) ? Optional.of(DAMASCUS) : Optional.empty();
		}

		@Override
		public boolean withinAgreementArea(GeoPoint point) {
			return point.lat() > 32.3 && point.lat() < 37.4 && point.lon() > 35.6 && point.lon() < 42.4
					&& !(point.lon() < 35.9 && point.lat() < 34.5);
		}

		@Override
		public Optional<AdminArea> find(String pcode) {
			return Optional.empty();
		}

		@Override
		public List<AdminArea> governorates() {
			return List.of(DAMASCUS.governorate());
		}

		@Override
		public List<AdminArea> areas(int level, @Nullable String within) {
			return List.of();
		}
	}

	private static final class TwoPlaceGazetteer implements Gazetteer {

		@Override
		public PlaceLookup resolve(String name) {
			return switch (name.toLowerCase()) {
				case "douma" -> new PlaceLookup.Found(DOUMA, PlaceLookup.Match.EXACT, List.of(DUMA_VILLAGE));
				case "damascus governorate" -> new PlaceLookup.Found(DAMASCUS_GOVERNORATE, PlaceLookup.Match.EXACT, List.of());
				case "tarmala" -> new PlaceLookup.NotFound(name, List.of(new Place("C2513", "Tir Maallah", "تير معلة",
						PlaceKind.SETTLEMENT, new GeoPoint(34.8, 36.7), DAMASCUS)));
				case "tell" -> new PlaceLookup.Ambiguous(List.of(
						new Place("C0001", "Tell", "تل", PlaceKind.SETTLEMENT, new GeoPoint(35, 37), DAMASCUS),
						new Place("C0002", "Tell", "تل", PlaceKind.SETTLEMENT, new GeoPoint(36, 38), DAMASCUS)));
				default -> new PlaceLookup.NotFound(name, List.of());
			};
		}

		@Override
		public List<Place> search(String query, int limit) {
			return List.of();
		}
	}
}
