package org.truce.agreement.web;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.agreement.Gazetteer;
import org.truce.agreement.Place;
import org.truce.agreement.PlaceKind;
import org.truce.agreement.PlaceLookup;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;

/**
 * The gazetteer: places by name or P-code. A resolved name answers the place with how the name met it ({@code match})
 * and the less prominent places it also names ({@code alternatives}). A name that no place has answers 404, with the
 * places of a near spelling in {@code suggestions}; a name that several places share equally answers <b>422</b> (the
 * input is well-formed but does not name one place) with {@code field: "name"} and the places in a {@code candidates}
 * array, best first, so that a client can ask the user to pick one and resolve its P-code.
 */
@RestController
@RequestMapping("/api/v1/places")
class PlaceController {

	static final int MAX_LIMIT = 50;

	private final Gazetteer gazetteer;

	PlaceController(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	@GetMapping
	PlaceList search(@RequestParam String q, @RequestParam(defaultValue = "10") int limit) {
		requireLetterOrDigit("q", q);
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
		}
		return new PlaceList(gazetteer.search(q, limit).stream().map(PlaceView::of).toList());
	}

	@GetMapping("/resolve")
	Resolution resolve(@RequestParam String name) {
		requireLetterOrDigit("name", name);
		return switch (gazetteer.resolve(name)) {
			case PlaceLookup.Found found -> new Resolution(PlaceView.of(found.place()), found.match(), views(found.alternatives()));
			case PlaceLookup.Ambiguous ambiguous -> throw new UnresolvedPlaceName(HttpStatus.UNPROCESSABLE_CONTENT,
					"Ambiguous place name", "names " + ambiguous.candidates().size() + " places equally well; choose one by its P-code",
					"candidates", views(ambiguous.candidates()));
			case PlaceLookup.NotFound notFound when notFound.suggestions().isEmpty() ->
				throw new NotFoundException("place named", notFound.name());
			case PlaceLookup.NotFound notFound -> throw new UnresolvedPlaceName(HttpStatus.NOT_FOUND, "Not found",
					"No place named " + notFound.name() + "; places of a near spelling are in suggestions", "suggestions",
					views(notFound.suggestions()));
		};
	}

	/** Names are compared by their letters and digits alone, so a query without any would match nothing or anything. */
	private static void requireLetterOrDigit(String parameter, String value) {
		if (value.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new InvalidInputException(parameter, "must contain a letter or digit");
		}
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> unresolved(UnresolvedPlaceName e) {
		var problem = ProblemDetail.forStatusAndDetail(e.status, e.status == HttpStatus.NOT_FOUND ? e.detail : "name: " + e.detail);
		problem.setTitle(e.title);
		if (e.status != HttpStatus.NOT_FOUND) {
			problem.setProperty("field", "name");
			problem.setProperty("errors", List.of(Map.of("field", "name", "message", e.detail)));
		}
		problem.setProperty(e.property, e.places);
		return ResponseEntity.status(e.status).body(problem);
	}

	private static List<PlaceView> views(List<Place> places) {
		return places.stream().map(PlaceView::of).toList();
	}

	/** A name that resolves to no one place, with the places a client may offer instead. */
	static final class UnresolvedPlaceName extends RuntimeException {

		private final HttpStatus status;
		private final String title;
		private final String detail;
		private final String property;
		private final transient List<PlaceView> places;

		UnresolvedPlaceName(HttpStatus status, String title, String detail, String property, List<PlaceView> places) {
			super(title + ": " + detail);
			this.status = status;
			this.title = title;
			this.detail = detail;
			this.property = property;
			this.places = places;
		}
	}

	/**
	 * @param kind what the place is: {@code NEIGHBOURHOOD}, {@code SETTLEMENT}, or an admin area (at its seat)
	 */
	record PlaceView(String pcode, String name, String nameAr, PlaceKind kind, double lat, double lon, String admin1Pcode,
			String admin1Name, String admin2Pcode, String admin2Name, String admin3Pcode, String admin3Name) {

		static PlaceView of(Place place) {
			var location = place.location();
			return new PlaceView(place.pcode(), place.name(), place.nameAr(), place.kind(), place.point().lat(),
					place.point().lon(), location.governorate().pcode(), location.governorate().name(),
					location.district().pcode(), location.district().name(), location.subDistrict().pcode(),
					location.subDistrict().name());
		}
	}

	/** A resolved name: the place, how the name met it, and the other places it names. */
	record Resolution(@JsonUnwrapped PlaceView place, PlaceLookup.Match match, List<PlaceView> alternatives) {
	}

	record PlaceList(List<PlaceView> items) {
	}
}
