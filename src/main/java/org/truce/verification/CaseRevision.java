package org.truce.verification;

import java.time.Instant;
import java.util.List;

/** One revision of a case: what was done, the state after it, and what changed from the revision before. */
public record CaseRevision(int number, Instant at, String action, CaseSnapshot snapshot, List<Change> changes) {

	public CaseRevision {
		changes = List.copyOf(changes);
	}

	/** One field as it was and as it became, in words. */
	public record Change(String field, String before, String after) {
	}
}
