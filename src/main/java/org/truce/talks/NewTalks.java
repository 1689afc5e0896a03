package org.truce.talks;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Proximity talks to open: a title, the delegation that mediates them, and the parties, each of which gets its own
 * thread with the mediator. Delegations by code, as typed; the module checks them.
 */
public record NewTalks(@Nullable String title, @Nullable String mediator, @Nullable List<String> parties) {
}
