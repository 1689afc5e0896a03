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
	private static final Place DOUMA = new Place("C2171", "Duma", "دوما", new GeoPoint(33.57, 36.40), DAMASCUS);
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
		assertThat(content.location().placePcode()).isEqualTo("C2171");
		assertThat(content.location().precision()).isEqualTo(LocationPrecision.SETTLEMENT);
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
				case "douma" -> new PlaceLookup.Found(DOUMA);
				case "tell" -> new PlaceLookup.Ambiguous(List.of(
						new Place("C0001", "Tell", "تل", new GeoPoint(35, 37), DAMASCUS),
						new Place("C0002", "Tell", "تل", new GeoPoint(36, 38), DAMASCUS)));
				default -> new PlaceLookup.NotFound(name);
			};
		}

		@Override
		public List<Place> search(String query, int limit) {
			return List.of();
		}
	}
}
