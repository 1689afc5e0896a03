package org.truce.agreement;

import java.time.Instant;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/**
 * A named area (or line) with a meaning for the truce, in force over a period and readable according to its
 * confidentiality.
 *
 * @param geometry the GeoJSON geometry (WGS84 longitude/latitude), as uploaded and validated
 * @param owner the delegation that defined it
 */
public record Zone(ZoneId id, String name, ZoneKind kind, EffectivePeriod effective, Confidentiality confidentiality,
		DelegationCode owner, String geometry, Instant definedAt) {
}
