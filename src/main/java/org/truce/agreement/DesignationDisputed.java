package org.truce.agreement;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A delegation disputed a designation. */
public record DesignationDisputed(ActorId actor, DesignationId designation, DelegationCode disputedBy, Instant at) {
}
