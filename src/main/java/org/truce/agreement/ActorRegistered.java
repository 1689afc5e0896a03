package org.truce.agreement;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A new actor entered the registry. */
public record ActorRegistered(ActorId actor, DelegationCode registeredBy, Instant at) {
}
