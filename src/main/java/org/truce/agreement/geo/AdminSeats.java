package org.truce.agreement.geo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which populated place is the seat of an admin area, to stand for it when its name is looked up ("Homs", "Jebel
 * Saman"). The seat is the place marked as the capital of that level located in the area or coded for it in 2015,
 * preferring one that is both (Ar-Rastan, seat of its Homs district, is drawn just inside Hama's) and the capital of
 * exactly that level (Sur is marked a national capital in the 2015 data). An area with no capital marked, as six
 * districts are (Duma, Al-Qusayr, As-Salamiyeh…: their towns are marked as sub-district capitals only), has for seat
 * the one place inside it that bears its name.
 */
final class AdminSeats {

	private final List<PopulatedPlace> capitals;
	private final Map<String, List<PopulatedPlace>> byArea = new HashMap<>();

	AdminSeats(List<PopulatedPlace> places) {
		this.capitals = places.stream().filter(p -> p.capitalLevel() != null).toList();
		for (var place : places) {
			for (int level = 1; level <= 3; level++) {
				byArea.computeIfAbsent(place.locatedIn(level), pcode -> new ArrayList<>()).add(place);
			}
		}
	}

	Optional<PopulatedPlace> seatOf(AdminUnit unit) {
		return markedSeatOf(unit).or(() -> namesakeIn(unit));
	}

	private Optional<PopulatedPlace> markedSeatOf(AdminUnit unit) {
		int level = unit.level();
		return capitals.stream()
			.filter(p -> Objects.requireNonNull(p.capitalLevel()) <= level)
			.filter(p -> isLocatedIn(p, unit) || isCodedFor(p, unit))
			.min(Comparator.<PopulatedPlace>comparingInt(p -> isLocatedIn(p, unit) && isCodedFor(p, unit) ? 0 : 1)
				.thenComparingInt(p -> level - Objects.requireNonNull(p.capitalLevel()))
				.thenComparingDouble(p -> new LocalDistance(unit.labelPoint()).toPoint(p.place().point())));
	}

	private Optional<PopulatedPlace> namesakeIn(AdminUnit unit) {
		var names = normalized(List.of(unit.area().name(), unit.referenceName()));
		var namesakes = byArea.getOrDefault(unit.pcode(), List.of()).stream()
			.filter(p -> normalized(List.of(p.place().name(), p.alternateName())).stream().anyMatch(names::contains))
			.toList();
		return namesakes.size() == 1 ? Optional.of(namesakes.getFirst()) : Optional.empty();
	}

	static boolean isLocatedIn(PopulatedPlace place, AdminUnit unit) {
		return place.locatedIn(unit.level()).equals(unit.pcode());
	}

	private static boolean isCodedFor(PopulatedPlace place, AdminUnit unit) {
		return unit.pcode().equals(place.codes2015().get(unit.level()));
	}

	private static Set<String> normalized(Collection<String> names) {
		return names.stream().map(PlaceNames::normalize).collect(Collectors.toSet());
	}
}
