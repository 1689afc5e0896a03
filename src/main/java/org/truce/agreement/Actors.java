package org.truce.agreement;

import java.util.Optional;

/** The actor registry. */
public interface Actors {

	Optional<Actor> find(ActorId id);
}
