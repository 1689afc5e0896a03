package org.truce.incident.correlation;

import java.util.List;

import org.truce.incident.IncidentId;

/** An incident a report may belong to, with the reports counted in it. */
public record Candidate(IncidentId incident, List<ReportFeatures> members) {

	public Candidate {
		members = List.copyOf(members);
	}
}
