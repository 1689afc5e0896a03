package org.truce.agreement;

import java.util.List;

/**
 * An armed group or force of the actor registry.
 *
 * @param name the name the mechanism uses
 * @param aliases other names and spellings it is known by
 */
public record Actor(ActorId id, String name, List<String> aliases) {
}
