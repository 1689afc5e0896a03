package org.truce.agreement.geo;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.truce.agreement.Place;

/**
 * Which place stands for an admin area when its name is looked up ("Homs", "Jebel Saman"): its seat, the populated
 * place marked as the capital of that area. The seat is the capital of the level located in the area or coded for it
 * in 2015, preferring one that is both (Ar-Rastan, seat of its Homs district, is drawn just inside Hama's) and the
 * capital of exactly that level (Sur is marked a national capital in the 2015 data).
 */
final class AdminSeats {

	private final List<PopulatedPlace> capitals;

	AdminSeats(List<PopulatedPlace> places) {
		this.capitals = places.stream().filter(p -> p.capitalLevel() != null).toList();
	}

	Optional<PopulatedPlace> seatOf(AdminUnit unit) {
		int level = unit.level();
		return capitals.stream()
			.filter(p -> Objects.requireNonNull(p.capitalLevel()) <= level)
			.filter(p -> isLocatedIn(p, unit) || isCodedFor(p, unit))
			.min(Comparator.<PopulatedPlace>comparingInt(p -> isLocatedIn(p, unit) && isCodedFor(p, unit) ? 0 : 1)
				.thenComparingInt(p -> level - Objects.requireNonNull(p.capitalLevel()))
				.thenComparingDouble(p -> new LocalDistance(unit.labelPoint()).toPoint(p.place().point())));
	}

	/** The seat, or for an area with none in the gazetteer, a stand-in at its label point under its own P-code. */
	Place representativeOf(AdminUnit unit, CodAbAdminAreas areas) {
		return seatOf(unit).map(PopulatedPlace::place).orElseGet(() -> new Place(unit.pcode(), unit.area().name(),
				unit.area().nameAr(), unit.labelPoint(), areas.locate(unit.labelPoint())
					.orElseThrow(() -> new IllegalStateException("Label point of " + unit.pcode() + " outside the area"))));
	}

	private static boolean isLocatedIn(PopulatedPlace place, AdminUnit unit) {
		return place.locatedIn(unit.level()).equals(unit.pcode());
	}

	private static boolean isCodedFor(PopulatedPlace place, AdminUnit unit) {
		return unit.pcode().equals(place.codes2015().get(unit.level()));
	}
}
