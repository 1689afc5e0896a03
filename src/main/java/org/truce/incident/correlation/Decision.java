package org.truce.incident.correlation;

import org.jspecify.annotations.Nullable;

/** What the engine does with a report. */
public sealed interface Decision {

	/** The report joins the incident: counted in it, awaiting an analyst's confirmation. */
	record Join(CandidateScore best) implements Decision {
	}

	/** The report opens its own incident, and an analyst is asked whether it belongs to the best candidate instead. */
	record Propose(CandidateScore best) implements Decision {
	}

	/** The report opens its own incident; the best candidate, if any, scored too low to mention. */
	record Open(@Nullable CandidateScore best) implements Decision {
	}
}
