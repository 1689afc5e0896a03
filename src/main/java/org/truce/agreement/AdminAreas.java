package org.truce.agreement;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.truce.core.GeoPoint;

/** The administrative geography of the agreement's area, which locates every point. */
public interface AdminAreas {

	/**
	 * The governorate, district and sub-district containing the point. A point just outside every polygon (on the
	 * coast, on a border line) but within the agreement's area resolves to the nearest sub-district.
	 */
	Optional<AdminLocation> locate(GeoPoint point);

	/** Whether the point lies in the agreement's area: the country boundary, with a small tolerance. */
	boolean withinAgreementArea(GeoPoint point);

	Optional<AdminArea> find(String pcode);

	/** All governorates (level 1), by P-code. */
	List<AdminArea> governorates();

	/**
	 * The areas of a level (1 governorates, 2 districts, 3 sub-districts), by P-code; with {@code within}, only those
	 * inside that area (for instance the sub-districts of a governorate). An unknown level or area gives none.
	 */
	List<AdminArea> areas(int level, @Nullable String within);
}
