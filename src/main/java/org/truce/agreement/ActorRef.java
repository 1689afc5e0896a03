package org.truce.agreement;

/** Another actor named from an actor's record, e.g. a state backing an armed group. */
public record ActorRef(ActorId id, String name) {
}
