package org.truce.agreement.web;

import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.agreement.AdminArea;
import org.truce.agreement.AdminAreas;
import org.truce.core.GeoPoint;
import org.truce.core.InvalidInputException;

/**
 * The governorates, districts and sub-districts, and which of them a point lies in. A point outside the agreement's
 * area is invalid input (422, field {@code location}), as is a latitude or longitude out of range. The areas of a
 * {@code parent}: one that is no P-code of a governorate or district (SY01, SY0101) is refused (422), one that names no
 * area has none.
 */
@RestController
@RequestMapping("/api/v1/admin-areas")
class AdminAreaController {

	private static final Pattern PARENT = Pattern.compile("SY\\d{2}(\\d{2})?", Pattern.CASE_INSENSITIVE);

	private final AdminAreas areas;

	AdminAreaController(AdminAreas areas) {
		this.areas = areas;
	}

	@GetMapping
	AdminAreaList list(@RequestParam int level, @RequestParam(required = false) @Nullable String parent) {
		if (level < 1 || level > 3) {
			throw new InvalidInputException("level", "must be 1 (governorates), 2 (districts) or 3 (sub-districts)");
		}
		if (parent != null) {
			if (!PARENT.matcher(parent).matches()) {
				throw new InvalidInputException("parent", "must be the P-code of a governorate or district, such as SY01 or SY0101");
			}
			int parentLevel = (parent.length() - 2) / 2; // SY + two digits a level
			if (parentLevel >= level) {
				throw new InvalidInputException("parent", "must be an area above level " + level);
			}
		}
		return new AdminAreaList(areas.areas(level, parent).stream().map(AdminAreaView::of).toList());
	}

	@GetMapping("/locate")
	LocationView locate(@RequestParam double lat, @RequestParam double lon) {
		if (!Double.isFinite(lat) || lat < -90 || lat > 90) {
			throw new InvalidInputException("lat", "must be a latitude between -90 and 90");
		}
		if (!Double.isFinite(lon) || lon < -180 || lon > 180) {
			throw new InvalidInputException("lon", "must be a longitude between -180 and 180");
		}
		var location = areas.locate(new GeoPoint(lat, lon))
			.orElseThrow(() -> new InvalidInputException("location", "lies outside the agreement's area"));
		return new LocationView(location.governorate().pcode(), location.governorate().name(),
				location.district().pcode(), location.district().name(), location.subDistrict().pcode(),
				location.subDistrict().name());
	}

	record AdminAreaView(String pcode, int level, String name, String nameAr) {

		static AdminAreaView of(AdminArea area) {
			return new AdminAreaView(area.pcode(), area.level(), area.name(), area.nameAr());
		}
	}

	record AdminAreaList(List<AdminAreaView> items) {
	}

	record LocationView(String admin1Pcode, String admin1Name, String admin2Pcode, String admin2Name, String admin3Pcode,
			String admin3Name) {
	}
}
