package org.truce.agreement.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.agreement.Gazetteer;
import org.truce.agreement.Place;
import org.truce.agreement.PlaceKind;
import org.truce.agreement.PlaceLookup;
import org.truce.agreement.PlaceLookup.Match;

/**
 * OCHA's 5,251 populated places, 414 city neighbourhoods with the 15 quarters of Damascus, and the governorates,
 * districts and sub-districts, which stand at their seats (see {@link AdminSeats}). A name is looked up exactly (its
 * {@link PlaceNames#normalize normalized} form), else by its spelling ({@link PlaceNames#looseKeys loose keys}), else
 * approximately ({@link PlaceNames#approximation}).
 *
 * <p>Of several places a name matches, the most {@link Prominence prominent} wins and the others are its
 * alternatives; equals make the name ambiguous. A town and the areas named after it that it is the seat of are one
 * candidate, the town: "Duma" is the town of Duma, seat of its district, not the district, whatever other villages
 * are called Duma. An approximate match is trusted only for an admin area or its seat; any other is a suggestion.
 */
@Component
class OchaGazetteer implements Gazetteer {

	static final int MAX_CANDIDATES = 10;
	static final int MAX_SUGGESTIONS = 5;

	private static final Logger log = LoggerFactory.getLogger(OchaGazetteer.class);
	private static final Pattern PCODE = Pattern.compile("C\\d+|N\\d{4}|A\\d{3}|SY\\d{2}(\\d{2}){0,2}", Pattern.CASE_INSENSITIVE);
	private static final Comparator<Entry> BEST_FIRST = Comparator.comparing(Entry::prominence)
		.thenComparing(e -> e.place().name())
		.thenComparing(e -> e.place().pcode());
	private static final Comparator<Entry> FINEST = Comparator.comparing(e -> e.place().kind());

	/**
	 * A place and how prominent it is. {@code standsAt} is the P-code of the place at whose point it stands: an area's
	 * seat for the area, the place itself otherwise; a name matching several entries that stand at one place is one
	 * candidate, the finest of them.
	 */
	private record Entry(Place place, Prominence prominence, String standsAt) {
	}

	private record Alias(String normalized, Entry entry) {
	}

	private record Approximate(PlaceNames.Approximation approximation, Entry entry) {
	}

	private final Map<String, Entry> byPcode = new HashMap<>();
	private final Map<String, Set<Entry>> byName = new HashMap<>();
	private final Map<String, Set<Entry>> byLooseKey = new HashMap<>();
	private final Map<String, List<Approximate>> byConsonants = new HashMap<>();
	private final Set<Alias> aliases = new LinkedHashSet<>();

	OchaGazetteer(CodAbAdminAreas areas) {
		long started = System.nanoTime();
		var places = PopulatedPlace.load(areas);
		var seats = new AdminSeats(places);
		var seatOf = new HashMap<String, PopulatedPlace>();
		var prominence = new HashMap<String, Prominence>();
		for (int level = 1; level <= 3; level++) {
			for (var unit : areas.units(level)) {
				seats.seatOf(unit).ifPresent(seat -> {
					seatOf.put(unit.pcode(), seat);
					prominence.merge(seat.place().pcode(), Prominence.seatOf(unit.level()), (a, b) -> a.isAtLeast(b) ? a : b);
				});
			}
		}
		for (var place : places) {
			var pcode = place.place().pcode();
			index(own(place.place(), prominence.getOrDefault(pcode, Prominence.PLACE)), place.place().name(),
					place.alternateName(), place.place().nameAr());
		}
		var neighbourhoods = Neighbourhoods.load(areas);
		for (var neighbourhood : neighbourhoods) {
			index(own(neighbourhood.place(), neighbourhood.prominence()),
					Stream.concat(Stream.of(neighbourhood.place().name(), neighbourhood.place().nameAr()),
							neighbourhood.alternateNames().stream()).toArray(String[]::new));
		}
		for (int level = 1; level <= 3; level++) {
			for (var unit : areas.units(level)) {
				var entry = areaEntry(unit, seatOf.get(unit.pcode()), prominence, areas);
				byPcode.put(unit.pcode(), entry);
				index(entry, ownNames(unit, areas).toArray(String[]::new));
			}
		}
		indexAlternateNames();
		log.info("Indexed {} places, {} neighbourhoods and quarters and {} admin areas under {} names in {} ms", places.size(),
				neighbourhoods.size(), byPcode.size() - places.size() - neighbourhoods.size(), byName.size(),
				(System.nanoTime() - started) / 1_000_000);
	}

	private Entry own(Place place, Prominence prominence) {
		var entry = new Entry(place, prominence, place.pcode());
		byPcode.put(place.pcode(), entry);
		return entry;
	}

	/**
	 * An area's names, less the English names a sub-district shares with its district: a district's centre (مركز جبل
	 * سمعان) is named after the district in English, and "Jebel Saman" is the district.
	 */
	private static List<String> ownNames(AdminUnit unit, CodAbAdminAreas areas) {
		var district = unit.level() == 3 ? areas.unit(Objects.requireNonNull(unit.parentPcode())).orElseThrow() : null;
		var districtNames = district == null ? Set.<String>of()
				: Stream.of(district.area().name(), district.referenceName()).map(PlaceNames::normalize).collect(Collectors.toSet());
		var names = Stream.of(unit.area().name(), unit.referenceName())
			.filter(name -> !districtNames.contains(PlaceNames.normalize(name)))
			.collect(Collectors.toCollection(ArrayList::new));
		names.add(unit.area().nameAr());
		return names;
	}

	/**
	 * An area at its seat, as prominent as the seat, when the seat lies inside it; else, and for an area without a
	 * seat, at its label point.
	 */
	private static Entry areaEntry(AdminUnit unit, @Nullable PopulatedPlace seat, Map<String, Prominence> prominence,
			CodAbAdminAreas areas) {
		var point = seat != null && AdminSeats.isLocatedIn(seat, unit) ? seat.place().point() : unit.labelPoint();
		var place = new Place(unit.pcode(), unit.area().name(), unit.area().nameAr(), PlaceKind.ofAdminLevel(unit.level()),
				point, areas.locate(point).orElseThrow(() -> new IllegalStateException("Seat of " + unit.pcode() + " outside the area")));
		return seat == null ? new Entry(place, Prominence.area(unit.level()), unit.pcode())
				: new Entry(place, prominence.get(seat.place().pcode()), seat.place().pcode());
	}

	/**
	 * Names in common use that the OCHA files spell otherwise or lack (Palmyra for Tadmor, Halab for Aleppo…), curated
	 * in {@code geo/alternate_names.csv}; an unknown P-code there is a packaging error and stops the start.
	 */
	private void indexAlternateNames() {
		try (var reader = Resources.utf8("geo/alternate_names.csv")) {
			for (var row : CsvTable.read(reader).rows()) {
				var entry = byPcode.get(row.get("pcode"));
				if (entry == null) {
					throw new IllegalStateException("geo/alternate_names.csv names unknown P-code " + row.get("pcode"));
				}
				index(entry, row.get("name"));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public PlaceLookup resolve(String name) {
		var trimmed = name.strip();
		if (PCODE.matcher(trimmed).matches()) {
			var entry = byPcode.get(trimmed.toUpperCase(Locale.ROOT));
			return entry == null ? new PlaceLookup.NotFound(name, List.of())
					: new PlaceLookup.Found(entry.place(), Match.EXACT, List.of());
		}
		var normalized = PlaceNames.normalize(trimmed);
		var exact = byName.getOrDefault(normalized, Set.of());
		var spelled = looseMatches(normalized);
		if (!exact.isEmpty()) {
			return choose(withFinerSpellings(exact, spelled), Match.EXACT);
		}
		if (!spelled.isEmpty()) {
			return choose(spelled, Match.SPELLING);
		}
		return approximately(name, normalized);
	}

	@Override
	public List<Place> search(String query, int limit) {
		var normalized = PlaceNames.normalize(query);
		if (normalized.isEmpty() || limit <= 0) {
			return List.of();
		}
		var quality = new HashMap<Entry, Integer>();
		for (var alias : aliases) {
			int match = alias.normalized().equals(normalized) ? 0
					: alias.normalized().startsWith(normalized) ? 1 : alias.normalized().contains(normalized) ? 2 : -1;
			if (match >= 0) {
				quality.merge(alias.entry(), match, Math::min);
			}
		}
		looseMatches(normalized).forEach(entry -> quality.putIfAbsent(entry, 3));
		Comparator<Entry> byQuality = Comparator.comparing(quality::get);
		return candidates(quality.keySet(), byQuality.thenComparing(FINEST)).stream()
			.sorted(byQuality.thenComparing(BEST_FIRST))
			.limit(limit)
			.map(Entry::place)
			.toList();
	}

	private Set<Entry> looseMatches(String normalized) {
		var matches = new LinkedHashSet<Entry>();
		PlaceNames.looseKeys(normalized).forEach(key -> matches.addAll(byLooseKey.getOrDefault(key, Set.of())));
		return matches;
	}

	/**
	 * The exact matches and the spelling matches that stand at the same places: OCHA spells a district "A'zaz" and its
	 * seat "Azaz", and "A'zaz" names the town.
	 */
	private static Set<Entry> withFinerSpellings(Set<Entry> exact, Set<Entry> spelled) {
		var places = exact.stream().map(Entry::standsAt).collect(Collectors.toSet());
		var matches = new LinkedHashSet<>(exact);
		spelled.stream().filter(entry -> places.contains(entry.standsAt())).forEach(matches::add);
		return matches;
	}

	/** The one most prominent place, or the candidates best first if the most prominent are equals. */
	private static PlaceLookup choose(Set<Entry> matches, Match match) {
		var sorted = candidates(matches, FINEST).stream().sorted(BEST_FIRST).toList();
		if (sorted.size() == 1 || sorted.get(0).prominence().compareTo(sorted.get(1).prominence()) < 0) {
			return new PlaceLookup.Found(sorted.getFirst().place(), match, places(sorted.subList(1, sorted.size())));
		}
		return new PlaceLookup.Ambiguous(places(sorted));
	}

	/**
	 * Places of the same consonants whose vowels differ little, fewest differences first: the best if it is one and an
	 * admin area or its seat, else suggestions.
	 */
	private PlaceLookup approximately(String name, String normalized) {
		var query = PlaceNames.approximation(normalized);
		if (query.isEmpty()) {
			return new PlaceLookup.NotFound(name, List.of());
		}
		var edits = new HashMap<Entry, Integer>();
		for (var candidate : byConsonants.getOrDefault(query.get().consonants(), List.of())) {
			query.get().vowelEditsTo(candidate.approximation())
				.ifPresent(distance -> edits.merge(candidate.entry(), distance, Math::min));
		}
		Comparator<Entry> fewestEdits = Comparator.comparing(edits::get);
		var sorted = candidates(edits.keySet(), fewestEdits.thenComparing(FINEST)).stream()
			.sorted(fewestEdits.thenComparing(BEST_FIRST))
			.toList();
		var distinctlyBest = fewestEdits.thenComparing(Entry::prominence);
		if (!sorted.isEmpty() && sorted.getFirst().prominence().isAtLeast(Prominence.SUB_DISTRICT)
				&& (sorted.size() == 1 || distinctlyBest.compare(sorted.get(0), sorted.get(1)) < 0)) {
			return new PlaceLookup.Found(sorted.getFirst().place(), Match.APPROXIMATE, places(sorted.subList(1, sorted.size())));
		}
		return new PlaceLookup.NotFound(name, places(sorted).stream().limit(MAX_SUGGESTIONS).toList());
	}

	/**
	 * One entry per place the matches stand at, the first by {@code better}: of matches equally good, the finest (a town
	 * before the areas named after it).
	 */
	private static Collection<Entry> candidates(Collection<Entry> matches, Comparator<Entry> better) {
		var best = new LinkedHashMap<String, Entry>();
		for (var entry : matches) {
			best.merge(entry.standsAt(), entry, (a, b) -> better.compare(a, b) <= 0 ? a : b);
		}
		return best.values();
	}

	private static List<Place> places(List<Entry> entries) {
		return entries.stream().limit(MAX_CANDIDATES).map(Entry::place).toList();
	}

	private void index(Entry entry, String... names) {
		for (var name : names) {
			var normalized = PlaceNames.normalize(name);
			if (normalized.isEmpty()) {
				continue;
			}
			byName.computeIfAbsent(normalized, n -> new LinkedHashSet<>()).add(entry);
			PlaceNames.looseKeys(normalized)
				.forEach(key -> byLooseKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(entry));
			PlaceNames.approximation(normalized).ifPresent(approximation -> byConsonants
				.computeIfAbsent(approximation.consonants(), c -> new ArrayList<>()).add(new Approximate(approximation, entry)));
			Stream.of(normalized, PlaceNames.withoutLeadingArticle(normalized)).distinct()
				.forEach(alias -> aliases.add(new Alias(alias, entry)));
		}
	}
}
