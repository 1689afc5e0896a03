package org.truce.agreement;

import org.locationtech.jts.geom.Geometry;
import org.truce.core.Confidentiality;

/**
 * A zone read from an uploaded Feature and found valid, ready to store.
 *
 * @param geoJson the geometry member exactly as uploaded, kept as the zone's geometry
 */
record ZoneDraft(String name, ZoneKind kind, EffectivePeriod effective, Confidentiality confidentiality, Geometry geometry,
		String geoJson) {
}
