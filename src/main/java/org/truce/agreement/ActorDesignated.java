package org.truce.agreement;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A delegation designated an actor, e.g. as excluded from the truce. */
public record ActorDesignated(ActorId actor, DesignationId designation, DesignationKind kind, DelegationCode designatedBy,
		Instant at) {
}
