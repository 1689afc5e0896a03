package org.truce.agreement.geo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.agreement.Gazetteer;
import org.truce.agreement.Place;
import org.truce.agreement.PlaceLookup;

/**
 * OCHA's 5,251 populated places and the names of the governorates, districts and sub-districts, which stand for their
 * seats (see {@link AdminSeats}). Names are indexed by their {@link PlaceNames#normalize normalized} form and, for
 * when that finds nothing, by their {@link PlaceNames#looseKeys loose keys}; of several places with the name, the seat
 * of the largest area wins, and equals make the name ambiguous.
 */
@Component
class OchaGazetteer implements Gazetteer {

	static final int MAX_CANDIDATES = 10;

	private static final Logger log = LoggerFactory.getLogger(OchaGazetteer.class);
	private static final Pattern PCODE = Pattern.compile("C\\d+|SY\\d{2}(\\d{2}){0,2}", Pattern.CASE_INSENSITIVE);
	private static final Comparator<Entry> BEST_FIRST = Comparator.comparingInt(Entry::rank)
		.thenComparing(e -> e.place().name())
		.thenComparing(e -> e.place().pcode());

	/** A place under one of its names; {@code rank} orders places sharing a name (see {@link PopulatedPlace#rank}). */
	private record Entry(Place place, int rank) {
	}

	private record Alias(String normalized, Entry entry) {
	}

	private final Map<String, Entry> byPcode = new HashMap<>();
	private final Map<String, Set<Entry>> byName = new HashMap<>();
	private final Map<String, Set<Entry>> byLooseKey = new HashMap<>();
	private final Set<Alias> aliases = new LinkedHashSet<>();

	OchaGazetteer(CodAbAdminAreas areas) {
		long started = System.nanoTime();
		var places = PopulatedPlace.load(areas);
		for (var place : places) {
			var entry = new Entry(place.place(), place.rank());
			byPcode.put(place.place().pcode(), entry);
			index(entry, place.place().name(), place.alternateName(), place.place().nameAr());
		}
		var seats = new AdminSeats(places);
		for (int level = 1; level <= 3; level++) {
			for (var unit : areas.units(level)) {
				var seat = seats.representativeOf(unit, areas);
				var entry = byPcode.computeIfAbsent(seat.pcode(), pcode -> new Entry(seat, unit.level()));
				byPcode.put(unit.pcode(), entry);
				index(entry, unit.area().name(), unit.referenceName(), unit.area().nameAr());
			}
		}
		indexAlternateNames();
		log.info("Indexed {} places and {} admin areas under {} names in {} ms", places.size(),
				byPcode.size() - places.size(), byName.size(), (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * Names in common use that the OCHA files spell otherwise or lack (Palmyra for Tadmor, Kobani for Ain Al Arab…),
	 * curated in {@code geo/alternate_names.csv}; an unknown P-code there is a packaging error and stops the start.
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
			return entry == null ? new PlaceLookup.NotFound(name) : new PlaceLookup.Found(entry.place());
		}
		var normalized = PlaceNames.normalize(trimmed);
		var matches = byName.getOrDefault(normalized, Set.of());
		if (matches.isEmpty()) {
			matches = looseMatches(normalized);
		}
		return choose(name, matches);
	}

	@Override
	public List<Place> search(String query, int limit) {
		var normalized = PlaceNames.normalize(query);
		if (normalized.isEmpty() || limit <= 0) {
			return List.of();
		}
		var bestMatch = new IdentityHashMap<Entry, Integer>();
		for (var alias : aliases) {
			int match = alias.normalized().equals(normalized) ? 0
					: alias.normalized().startsWith(normalized) ? 1 : alias.normalized().contains(normalized) ? 2 : -1;
			if (match >= 0) {
				bestMatch.merge(alias.entry(), match, Math::min);
			}
		}
		looseMatches(normalized).forEach(entry -> bestMatch.putIfAbsent(entry, 3));
		return bestMatch.entrySet().stream()
			.sorted(Comparator.<Map.Entry<Entry, Integer>>comparingInt(Map.Entry::getValue)
				.thenComparing(Map.Entry::getKey, BEST_FIRST))
			.limit(limit)
			.map(e -> e.getKey().place())
			.toList();
	}

	private Set<Entry> looseMatches(String normalized) {
		var matches = new LinkedHashSet<Entry>();
		PlaceNames.looseKeys(normalized).forEach(key -> matches.addAll(byLooseKey.getOrDefault(key, Set.of())));
		return matches;
	}

	/** The one best place, or the candidates best first if the best are equals. */
	private static PlaceLookup choose(String name, Set<Entry> matches) {
		var sorted = matches.stream().sorted(BEST_FIRST).toList();
		if (sorted.isEmpty()) {
			return new PlaceLookup.NotFound(name);
		}
		if (sorted.size() == 1 || sorted.get(0).rank() < sorted.get(1).rank()) {
			return new PlaceLookup.Found(sorted.getFirst().place());
		}
		return new PlaceLookup.Ambiguous(sorted.stream().limit(MAX_CANDIDATES).map(Entry::place).toList());
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
			Stream.of(normalized, PlaceNames.withoutLeadingArticle(normalized)).distinct()
				.forEach(alias -> aliases.add(new Alias(alias, entry)));
		}
	}
}
