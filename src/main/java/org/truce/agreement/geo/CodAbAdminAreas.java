package org.truce.agreement.geo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.agreement.AdminArea;
import org.truce.agreement.AdminAreas;
import org.truce.agreement.AdminLocation;
import org.truce.core.GeoPoint;

/**
 * The OCHA COD-AB boundaries, loaded once: the country polygon is the agreement's area, and the sub-districts, in an
 * STR-tree, locate points. The district and governorate of a point are those its sub-district's record names, so the
 * three levels always agree even where the coarser polygons' borders were digitised slightly differently.
 */
@Component
class CodAbAdminAreas implements AdminAreas {

	/**
	 * How far outside the country polygon a point still counts as inside the agreement's area. Real coordinates fall
	 * just outside it on the coast and on the borders: of the shipped data, UCDP GED's Shekh Yaqob event is 1.2 km out
	 * and OCHA's Mazraet Deir Elashayer 3.5 km. Four kilometres keeps every one of them while leaving out Reyhanli
	 * (4.1 km), Kilis and Ramtha (5.6 km); towns that abut the border, like Nusaybin (0.6 km), cannot be told apart
	 * from a slightly misplaced Syrian coordinate by distance alone.
	 */
	static final double TOLERANCE_KM = 4;

	private static final Logger log = LoggerFactory.getLogger(CodAbAdminAreas.class);
	private static final String DIRECTORY = "geo/";

	private final PreparedGeometry country;
	private final Map<String, AdminUnit> units = new TreeMap<>();
	private final List<SubDistrict> subDistricts;
	private final Map<String, AdminLocation> locations;
	private final STRtree index = new STRtree();

	CodAbAdminAreas() {
		long started = System.nanoTime();
		this.country = PreparedGeometryFactory.prepare(
				GeoJsonFeatures.read(DIRECTORY + "syr_adm0_ocha_codab_v02.geojson", true).getFirst().shape());
		addUnits(1, null);
		addUnits(2, "adm1_pcode");
		var loaded = new ArrayList<SubDistrict>();
		for (var feature : GeoJsonFeatures.read(DIRECTORY + "syr_adm3_ocha_codab_v02.geojson", true)) {
			loaded.add(subDistrict(feature));
		}
		this.subDistricts = List.copyOf(loaded);
		this.locations = subDistricts.stream()
			.collect(Collectors.toUnmodifiableMap(s -> s.location().subDistrict().pcode(), SubDistrict::location));
		subDistricts.forEach(s -> index.insert(s.geometry().getEnvelopeInternal(), s));
		index.build(); // now, not lazily on the first query, which is not thread-safe
		log.info("Loaded {} governorates, {} districts and {} sub-districts in {} ms", areas(1, null).size(),
				areas(2, null).size(), subDistricts.size(), (System.nanoTime() - started) / 1_000_000);
	}

	@Override
	public Optional<AdminLocation> locate(GeoPoint point) {
		if (!withinAgreementArea(point)) {
			return Optional.empty();
		}
		return Optional.of(containing(point).orElseGet(() -> nearest(point)).location());
	}

	@Override
	public boolean withinAgreementArea(GeoPoint point) {
		var distance = new LocalDistance(point);
		if (distance.toEnvelope(country.getGeometry().getEnvelopeInternal()) > TOLERANCE_KM) {
			return false;
		}
		return country.covers(jtsPoint(point)) || distance.toBoundary(country.getGeometry()) <= TOLERANCE_KM;
	}

	@Override
	public Optional<AdminArea> find(String pcode) {
		return unit(pcode).map(AdminUnit::area);
	}

	@Override
	public List<AdminArea> governorates() {
		return areas(1, null);
	}

	@Override
	public List<AdminArea> areas(int level, @Nullable String within) {
		var ancestor = within == null ? null : within.toUpperCase(Locale.ROOT);
		return units.values().stream()
			.filter(u -> u.level() == level && (ancestor == null || isWithin(u, ancestor)))
			.map(AdminUnit::area)
			.toList();
	}

	Optional<AdminUnit> unit(String pcode) {
		return Optional.ofNullable(units.get(pcode.toUpperCase(Locale.ROOT)));
	}

	List<AdminUnit> units(int level) {
		return units.values().stream().filter(u -> u.level() == level).toList();
	}

	List<SubDistrict> subDistricts() {
		return subDistricts;
	}

	/** The areas of a sub-district by its P-code, as {@link #locate} gives them for a point inside it. */
	Optional<AdminLocation> subDistrict(String pcode) {
		return Optional.ofNullable(locations.get(pcode));
	}

	private Optional<SubDistrict> containing(GeoPoint point) {
		var jtsPoint = jtsPoint(point);
		for (Object candidate : index.query(jtsPoint.getEnvelopeInternal())) {
			var subDistrict = (SubDistrict) candidate;
			if (subDistrict.shape().covers(jtsPoint)) {
				return Optional.of(subDistrict);
			}
		}
		return Optional.empty();
	}

	/** The sub-district whose border is closest, visiting them by the distance to their envelope, a lower bound. */
	private SubDistrict nearest(GeoPoint point) {
		var distance = new LocalDistance(point);
		SubDistrict best = subDistricts.getFirst();
		double bestKm = Double.POSITIVE_INFINITY;
		var byEnvelope = subDistricts.stream()
			.map(s -> new Candidate(s, distance.toEnvelope(s.geometry().getEnvelopeInternal())))
			.sorted(Comparator.comparingDouble(Candidate::lowerBoundKm))
			.toList();
		for (var candidate : byEnvelope) {
			if (candidate.lowerBoundKm() >= bestKm) {
				break;
			}
			double km = distance.toBoundary(candidate.subDistrict().geometry());
			if (km < bestKm) {
				bestKm = km;
				best = candidate.subDistrict();
			}
		}
		return best;
	}

	private record Candidate(SubDistrict subDistrict, double lowerBoundKm) {
	}

	private boolean isWithin(AdminUnit unit, String ancestor) {
		for (var parent = unit.parentPcode(); parent != null; parent = units.get(parent).parentPcode()) {
			if (parent.equals(ancestor)) {
				return true;
			}
		}
		return false;
	}

	private void addUnits(int level, @Nullable String parentProperty) {
		for (var feature : GeoJsonFeatures.read(DIRECTORY + "syr_adm" + level + "_ocha_codab_v02.geojson", false)) {
			var parent = parentProperty == null ? null : existing(feature.text(parentProperty)).pcode();
			add(feature, level, parent);
		}
	}

	private SubDistrict subDistrict(GeoJsonFeatures.Feature feature) {
		var district = existing(feature.text("adm2_pcode"));
		var governorate = existing(feature.text("adm1_pcode"));
		if (!governorate.pcode().equals(district.parentPcode())) {
			throw new IllegalStateException("Sub-district " + feature.text("adm3_pcode") + " names district "
					+ district.pcode() + " outside its governorate " + governorate.pcode());
		}
		var unit = add(feature, 3, district.pcode());
		return new SubDistrict(new AdminLocation(governorate.area(), district.area(), unit.area()),
				PreparedGeometryFactory.prepare(feature.shape()));
	}

	private AdminUnit add(GeoJsonFeatures.Feature feature, int level, @Nullable String parent) {
		var prefix = "adm" + level + "_";
		var area = new AdminArea(feature.text(prefix + "pcode"), level, feature.text(prefix + "name"),
				feature.text(prefix + "name1"));
		var unit = new AdminUnit(area, feature.text(prefix + "ref_n"), parent, new GeoPoint(feature.number("center_lat"), feature.number("center_lon")));
		if (units.putIfAbsent(area.pcode(), unit) != null) {
			throw new IllegalStateException("Duplicate P-code " + area.pcode());
		}
		return unit;
	}

	private AdminUnit existing(String pcode) {
		var unit = units.get(pcode);
		if (unit == null) {
			throw new IllegalStateException("Boundaries refer to unknown area " + pcode);
		}
		return unit;
	}

	private static Point jtsPoint(GeoPoint point) {
		return GeoJsonFeatures.WGS84.createPoint(new Coordinate(point.lon(), point.lat()));
	}
}
