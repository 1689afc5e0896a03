package org.truce.agreement.web;

import java.util.List;
import java.util.Map;

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
import org.truce.agreement.PlaceLookup;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;

/**
 * The gazetteer: places by name or P-code. Resolving a name that no place has answers 404; a name that several places
 * share equally answers <b>422</b> (the input is well-formed but does not name one place) with {@code field: "name"}
 * and the places in a {@code candidates} array, best first, so that a client can ask the user to pick one and resolve
 * its P-code.
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
	PlaceView resolve(@RequestParam String name) {
		requireLetterOrDigit("name", name);
		return switch (gazetteer.resolve(name)) {
			case PlaceLookup.Found found -> PlaceView.of(found.place());
			case PlaceLookup.Ambiguous ambiguous -> throw new AmbiguousPlaceName(name,
					ambiguous.candidates().stream().map(PlaceView::of).toList());
			case PlaceLookup.NotFound notFound -> throw new NotFoundException("place named", notFound.name());
		};
	}

	/** Names are compared by their letters and digits alone, so a query without any would match nothing or anything. */
	private static void requireLetterOrDigit(String parameter, String value) {
		if (value.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new InvalidInputException(parameter, "must contain a letter or digit");
		}
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> ambiguous(AmbiguousPlaceName e) {
		var message = "names " + e.candidates.size() + " places equally well; choose one by its P-code";
		var problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "name: " + message);
		problem.setTitle("Ambiguous place name");
		problem.setProperty("field", "name");
		problem.setProperty("errors", List.of(Map.of("field", "name", "message", message)));
		problem.setProperty("candidates", e.candidates);
		return ResponseEntity.unprocessableContent().body(problem);
	}

	static final class AmbiguousPlaceName extends RuntimeException {

		private final transient List<PlaceView> candidates;

		AmbiguousPlaceName(String name, List<PlaceView> candidates) {
			super("Ambiguous place name " + name);
			this.candidates = candidates;
		}
	}

	record PlaceView(String pcode, String name, String nameAr, double lat, double lon, String admin1Pcode,
			String admin2Pcode, String admin3Pcode) {

		static PlaceView of(Place place) {
			return new PlaceView(place.pcode(), place.name(), place.nameAr(), place.point().lat(), place.point().lon(),
					place.location().governorate().pcode(), place.location().district().pcode(),
					place.location().subDistrict().pcode());
		}
	}

	record PlaceList(List<PlaceView> items) {
	}
}
