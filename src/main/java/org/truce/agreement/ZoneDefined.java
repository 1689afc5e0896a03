package org.truce.agreement;

import java.time.Instant;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/** A delegation defined a zone. */
public record ZoneDefined(ZoneId zone, ZoneKind kind, Confidentiality confidentiality, DelegationCode owner, Instant at) {
}
