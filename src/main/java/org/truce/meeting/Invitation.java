package org.truce.meeting;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.truce.core.DelegationCode;

/**
 * A delegation invited to a meeting: to all of it ({@code wholeMeeting}), or to some agenda items only (an observer
 * joining for part of it).
 *
 * @param agendaItemIds the items it is invited to; empty for the whole meeting ({@code agendaItems} in meetings stored
 *        before it was so named)
 */
@JsonIgnoreProperties(value = "wholeMeeting", allowGetters = true)
public record Invitation(DelegationCode delegation, @JsonAlias("agendaItems") List<UUID> agendaItemIds) {

	public Invitation {
		agendaItemIds = List.copyOf(agendaItemIds);
	}

	/** Whether it is an invitation to every item, said outright in the API's answers. */
	@JsonProperty("wholeMeeting")
	public boolean wholeMeeting() {
		return agendaItemIds.isEmpty();
	}

	public boolean covers(UUID agendaItem) {
		return agendaItemIds.isEmpty() || agendaItemIds.contains(agendaItem);
	}
}
