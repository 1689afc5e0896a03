package org.truce.agreement.geo;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.AdminArea;
import org.truce.core.GeoPoint;

/**
 * An admin area with what the API's view of it leaves out: the area it belongs to, OCHA's reference (ASCII) name, and
 * its label point ({@code center_lat}/{@code center_lon}, inside the polygon, where a map would print the name).
 */
record AdminUnit(AdminArea area, String referenceName, @Nullable String parentPcode, GeoPoint labelPoint) {

	String pcode() {
		return area.pcode();
	}

	int level() {
		return area.level();
	}
}
