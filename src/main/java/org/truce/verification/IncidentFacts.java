package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.truce.agreement.ActorId;
import org.truce.core.Viewer;

/** What verification needs to know of an incident, as the viewer may see it. */
interface IncidentFacts {

	Optional<Fact> find(UUID incident, Viewer viewer);

	/** Keeps the incident's reports where they are while it is verified: it is logged, or a case is open on it. */
	void hold(UUID incident);

	/**
	 * @param startedAt when the incident began, which decides the agreement in force and the day it is counted on
	 * @param firstFiledAt when the first of its reports was filed
	 * @param lat where its reports place it, with {@code lon}
	 * @param allegedPerpetrators the actors the incident's reports accuse
	 */
	record Fact(UUID id, Instant startedAt, Instant firstFiledAt, String admin1Pcode, double lat, double lon,
			List<ActorId> allegedPerpetrators) {
	}
}
