package org.truce.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.truce.agreement.ActorId;
import org.truce.agreement.Actors;
import org.truce.agreement.AdminAreas;
import org.truce.agreement.AdminLocation;
import org.truce.agreement.Gazetteer;
import org.truce.agreement.Place;
import org.truce.agreement.PlaceLookup;
import org.truce.core.Confidentiality;
import org.truce.core.GeoPoint;
import org.truce.core.InvalidInputException;
import org.truce.core.InvalidInputException.FieldError;

import static java.util.Objects.requireNonNull;

/**
 * Turns a draft into checked, located content, or refuses it naming every field at fault at once, so that nothing is
 * half-saved and the reporter can correct everything in one go.
 */
@Component
class ReportDraftChecker {

	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
	static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
	static final int MAXIMUM_NARRATIVE_LENGTH = 20_000;
	static final int MAXIMUM_PLACE_NAME_LENGTH = 200;
	static final Confidentiality DEFAULT_LEVEL = Confidentiality.GUARANTORS;
	/** How far from its point a town or neighbourhood extends, at most, for a point that names it. */
	static final int PLACE_EXTENT_METRES = 5_000;

	private final Clock clock;
	private final AdminAreas adminAreas;
	private final Gazetteer gazetteer;
	private final Predicate<ActorId> actorExists;

	@Autowired
	ReportDraftChecker(Clock clock, AdminAreas adminAreas, Gazetteer gazetteer, Actors actors) {
		this(clock, adminAreas, gazetteer, id -> actors.find(id).isPresent());
	}

	ReportDraftChecker(Clock clock, AdminAreas adminAreas, Gazetteer gazetteer, Predicate<ActorId> actorExists) {
		this.clock = clock;
		this.adminAreas = adminAreas;
		this.gazetteer = gazetteer;
		this.actorExists = actorExists;
	}

	ReportContent check(ReportDraft draft) {
		var errors = new ArrayList<FieldError>();
		var from = checkFrom(draft.occurredFrom(), errors);
		var to = checkTo(from, draft.occurredTo(), errors);
		var location = locate(draft, errors);
		var category = checkCategory(draft.category(), errors);
		var perpetrator = checkActor("allegedPerpetratorActorId", draft.allegedPerpetratorActorId(), errors);
		var target = checkActor("targetActorId", draft.targetActorId(), errors);
		var casualties = checkCasualties(draft.casualties(), errors);
		var narrative = draft.narrative() == null ? "" : draft.narrative().strip();
		if (narrative.length() > MAXIMUM_NARRATIVE_LENGTH) {
			errors.add(new FieldError("narrative", "must be at most " + MAXIMUM_NARRATIVE_LENGTH + " characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return new ReportContent(requireNonNull(from), requireNonNull(to), orDefault(draft.timePrecision(), TimePrecision.EXACT),
				requireNonNull(location), requireNonNull(category),
				perpetrator, target, casualties, orDefault(draft.observedBy(), ObservationMethod.REPORTED), narrative,
				orDefault(draft.confidentiality(), DEFAULT_LEVEL));
	}

	private @Nullable Instant checkFrom(@Nullable Instant from, List<FieldError> errors) {
		if (from == null) {
			errors.add(new FieldError("occurredFrom", "is required"));
		}
		else if (from.isAfter(clock.instant().plus(CLOCK_SKEW))) {
			errors.add(new FieldError("occurredFrom", "must not be in the future"));
		}
		else if (from.isBefore(EARLIEST)) {
			errors.add(new FieldError("occurredFrom", "must not be before " + EARLIEST));
		}
		return from;
	}

	private @Nullable Instant checkTo(@Nullable Instant from, @Nullable Instant to, List<FieldError> errors) {
		if (to == null) {
			return from;
		}
		if (from != null && to.isBefore(from)) {
			errors.add(new FieldError("occurredTo", "must not be before occurredFrom"));
		}
		else if (to.isAfter(clock.instant().plus(CLOCK_SKEW))) {
			errors.add(new FieldError("occurredTo", "must not be in the future"));
		}
		return to;
	}

	private @Nullable ReportLocation locate(ReportDraft draft, List<FieldError> errors) {
		var placeName = draft.placeName() == null || draft.placeName().isBlank() ? null : draft.placeName().strip();
		if (placeName != null && placeName.length() > MAXIMUM_PLACE_NAME_LENGTH) {
			errors.add(new FieldError("placeName", "must be at most " + MAXIMUM_PLACE_NAME_LENGTH + " characters"));
			return null;
		}
		if (draft.location() != null) {
			var located = locatePoint(draft.location(), errors);
			return located == null || placeName == null ? located : namedAt(located, placeName, errors);
		}
		if (placeName != null) {
			return locatePlace(placeName, errors);
		}
		errors.add(new FieldError("location", "is required: give a point {lat, lon} or a placeName"));
		return null;
	}

	private @Nullable ReportLocation locatePoint(ReportDraft.LocationInput input, List<FieldError> errors) {
		var lat = input.lat();
		var lon = input.lon();
		boolean valid = true;
		if (lat == null || !Double.isFinite(lat) || lat < -90 || lat > 90) {
			errors.add(new FieldError("location.lat", lat == null ? "is required" : "must be between -90 and 90"));
			valid = false;
		}
		if (lon == null || !Double.isFinite(lon) || lon < -180 || lon > 180) {
			errors.add(new FieldError("location.lon", lon == null ? "is required" : "must be between -180 and 180"));
			valid = false;
		}
		if (!valid) {
			return null;
		}
		var point = new GeoPoint(lat, lon);
		var admin = adminAreas.withinAgreementArea(point) ? adminAreas.locate(point) : Optional.<AdminLocation>empty();
		if (admin.isEmpty()) {
			errors.add(new FieldError("location", "lies outside the agreement's area"));
			return null;
		}
		return new ReportLocation(point, orDefault(input.precision(), LocationPrecision.EXACT), null, null,
				placement(admin.get()));
	}

	/** A place name alone: the place it resolves to, as precise as what it names (a town, a district…). */
	private @Nullable ReportLocation locatePlace(String placeName, List<FieldError> errors) {
		return switch (gazetteer.resolve(placeName)) {
			case PlaceLookup.Found found -> new ReportLocation(found.place().point(), LocationPrecision.of(found.place().kind()),
					found.place().name(), found.place().pcode(), placement(found.place().location()));
			case PlaceLookup.Ambiguous(List<Place> candidates) -> {
				errors.add(new FieldError("placeName", "is ambiguous; give one of these P-codes, or a point: " + describe(candidates)));
				yield null;
			}
			case PlaceLookup.NotFound notFound -> {
				errors.add(notFound(notFound));
				yield null;
			}
		};
	}

	/**
	 * A point with a place name: the place of that name where the point is, kept beside the point and its precision. Of
	 * the places the name may mean, the nearest that contains the point (an admin area), shares its sub-district (a
	 * settlement), or lies within the point's precision radius and {@value #PLACE_EXTENT_METRES} metres more of it; if
	 * none does, the two contradict each other and both are refused. A name the gazetteer does not know contradicts
	 * nothing: it is kept as the reporter's description of the place, without a P-code.
	 */
	private @Nullable ReportLocation namedAt(ReportLocation located, String placeName, List<FieldError> errors) {
		var candidates = switch (gazetteer.resolve(placeName)) {
			case PlaceLookup.Found found -> Stream.concat(Stream.of(found.place()), found.alternatives().stream()).toList();
			case PlaceLookup.Ambiguous(List<Place> ambiguous) -> ambiguous;
			case PlaceLookup.NotFound notFound -> List.<Place>of();
		};
		if (candidates.isEmpty()) {
			return new ReportLocation(located.point(), located.precision(), placeName, null, located.admin());
		}
		Comparator<Place> nearestFirst = Comparator.comparingDouble(p -> p.point().metresTo(located.point()));
		var place = candidates.stream().filter(p -> isAt(p, located)).min(nearestFirst);
		if (place.isEmpty()) {
			var nearest = candidates.stream().sorted(nearestFirst).limit(3).toList();
			errors.add(new FieldError("location", "is not where placeName is"));
			errors.add(new FieldError("placeName", "names no place at the point given in location: " + nearest.stream()
				.map(p -> describe(p) + " lies " + Math.round(p.point().metresTo(located.point()) / 1_000) + " km away")
				.collect(Collectors.joining("; "))));
			return null;
		}
		return new ReportLocation(located.point(), located.precision(), place.get().name(), place.get().pcode(), located.admin());
	}

	private static boolean isAt(Place place, ReportLocation located) {
		var admin = located.admin();
		return switch (place.kind()) {
			case GOVERNORATE -> place.pcode().equals(admin.admin1Pcode());
			case DISTRICT -> place.pcode().equals(admin.admin2Pcode());
			case SUB_DISTRICT -> place.pcode().equals(admin.admin3Pcode());
			case SETTLEMENT -> place.location().subDistrict().pcode().equals(admin.admin3Pcode()) || isNear(place, located);
			case NEIGHBOURHOOD -> isNear(place, located);
		};
	}

	private static boolean isNear(Place place, ReportLocation located) {
		return place.point().metresTo(located.point()) <= located.precision().radiusMetres() + PLACE_EXTENT_METRES;
	}

	private static FieldError notFound(PlaceLookup.NotFound notFound) {
		return new FieldError("placeName", "matches no place of the gazetteer" + (notFound.suggestions().isEmpty() ? ""
				: "; did you mean one of these P-codes: " + describe(notFound.suggestions())));
	}

	private static String describe(List<Place> places) {
		return places.stream().map(ReportDraftChecker::describe).collect(Collectors.joining("; "));
	}

	private static String describe(Place place) {
		return place.pcode() + " " + place.name() + " (" + place.location().district().name() + ", "
				+ place.location().governorate().name() + ")";
	}

	private static @Nullable Category checkCategory(@Nullable String code, List<FieldError> errors) {
		if (code == null || code.isBlank()) {
			errors.add(new FieldError("category", "is required"));
			return null;
		}
		var category = Category.ofCode(code.strip());
		if (category.isEmpty()) {
			errors.add(new FieldError("category", "is not a known category (GET /api/v1/categories lists them)"));
			return null;
		}
		return category.get();
	}

	private @Nullable ActorId checkActor(String field, @Nullable UUID id, List<FieldError> errors) {
		if (id == null) {
			return null;
		}
		var actor = new ActorId(id);
		if (!actorExists.test(actor)) {
			errors.add(new FieldError(field, "no actor of the registry has this id"));
		}
		return actor;
	}

	private static Casualties checkCasualties(@Nullable Casualties casualties, List<FieldError> errors) {
		if (casualties == null) {
			return Casualties.unknown();
		}
		checkCount("casualties.killed", casualties.killed(), errors);
		checkCount("casualties.injured", casualties.injured(), errors);
		checkCount("casualties.civiliansKilled", casualties.civiliansKilled(), errors);
		if (casualties.killed() != null && casualties.civiliansKilled() != null
				&& casualties.civiliansKilled() > casualties.killed()) {
			errors.add(new FieldError("casualties.civiliansKilled", "must not exceed casualties.killed"));
		}
		return casualties;
	}

	private static void checkCount(String field, @Nullable Integer count, List<FieldError> errors) {
		if (count != null && (count < 0 || count > Casualties.MAXIMUM)) {
			errors.add(new FieldError(field, "must be between 0 and " + Casualties.MAXIMUM));
		}
	}

	private static AdminPlacement placement(AdminLocation location) {
		return new AdminPlacement(location.governorate().pcode(), location.governorate().name(), location.district().pcode(),
				location.district().name(), location.subDistrict().pcode(), location.subDistrict().name());
	}

	private static <T> T orDefault(@Nullable T value, T fallback) {
		return value == null ? fallback : value;
	}
}
