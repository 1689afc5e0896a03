package org.truce.meeting;

import java.util.List;
import java.util.UUID;

import org.truce.core.DelegationCode;

/**
 * A delegation invited to a meeting: to all of it, or to some agenda items only (an observer joining for part of it).
 *
 * @param agendaItems the items it is invited to; empty for the whole meeting
 */
public record Invitation(DelegationCode delegation, List<UUID> agendaItems) {

	public Invitation {
		agendaItems = List.copyOf(agendaItems);
	}

	public boolean wholeMeeting() {
		return agendaItems.isEmpty();
	}

	public boolean covers(UUID agendaItem) {
		return agendaItems.isEmpty() || agendaItems.contains(agendaItem);
	}
}
