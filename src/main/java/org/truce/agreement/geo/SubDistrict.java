package org.truce.agreement.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.truce.agreement.AdminLocation;

/** A sub-district's polygon, prepared for repeated point-in-polygon tests, with the areas every point in it lies in. */
record SubDistrict(AdminLocation location, PreparedGeometry shape) {

	Geometry geometry() {
		return shape.getGeometry();
	}
}
