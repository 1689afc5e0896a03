package org.truce.incident;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.report.ReportId;

/**
 * One change to an incident, kept forever: what happened, to which reports, by the engine or by which analyst, when and
 * why.
 *
 * @param otherIncident the incident a report came from or went to, or that this one was merged with or split from
 * @param delegation the analyst's delegation, none when the engine acted
 */
public record HistoryEntry(Action action, List<ReportId> reports, @Nullable IncidentId otherIncident, @Nullable Double score,
		@Nullable String username, @Nullable DelegationCode delegation, Instant at, @Nullable String reason) {

	public HistoryEntry {
		reports = List.copyOf(reports);
	}

	public boolean byEngine() {
		return delegation == null;
	}

	/** What happened. */
	public enum Action {
		/** A report no incident fit opened this one. */
		OPENED,
		/** The engine counted a report in this incident. */
		LINKED,
		/** The engine suggested that a report counted elsewhere belongs here. */
		PROPOSED,
		/** The engine scored a report's proposed link again, after the report was amended. */
		RESCORED,
		CONFIRMED,
		REJECTED,
		/** A report counted here went to another incident. */
		LEFT,
		/** Another incident was merged into this one. */
		MERGED_IN,
		/** This incident was merged into another. */
		MERGED_INTO,
		/** Reports were split off this incident into a new one. */
		SPLIT_OFF,
		/** This incident was formed by reports split off another. */
		SPLIT_FROM
	}
}
