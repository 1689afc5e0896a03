package org.truce.incident;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.truce.core.NotFoundException;

/**
 * The incidents one transaction works on: each loaded once, new ones added, and all changes written — state, history,
 * events — when flushed.
 */
final class IncidentSession {

	private final JdbcIncidentStore store;
	private final ApplicationEventPublisher events;
	private final Map<IncidentId, Incident> incidents = new LinkedHashMap<>();

	IncidentSession(JdbcIncidentStore store, ApplicationEventPublisher events) {
		this.store = store;
		this.events = events;
	}

	/** The incident, loaded if not yet; one that does not exist is not found. */
	Incident get(IncidentId id) {
		var incident = incidents.get(id);
		if (incident == null) {
			incident = store.load(id).orElseThrow(() -> new NotFoundException("incident", id));
			incidents.put(id, incident);
		}
		return incident;
	}

	/** Loads the incidents not loaded yet in one go. */
	void load(Collection<IncidentId> ids) {
		var missing = ids.stream().filter(id -> !incidents.containsKey(id)).toList();
		if (!missing.isEmpty()) {
			incidents.putAll(store.load(missing));
		}
	}

	void add(Incident incident) {
		incidents.put(incident.id(), incident);
	}

	/** Writes every changed incident, then publishes their events. */
	void flush() {
		var changed = incidents.values().stream().filter(Incident::hasChanges).toList();
		var raised = changed.stream().flatMap(incident -> incident.takeEvents().stream()).toList();
		store.save(changed);
		raised.forEach(events::publishEvent);
	}
}
