package org.truce.talks;

import java.time.Instant;
import java.util.List;

import org.truce.core.DelegationCode;

/** Proximity talks as the secretariat and the mediator see them: who mediates, and the thread of each party. */
public record TalksDetails(TalksId id, String title, DelegationCode mediator, Instant openedAt, List<ThreadRef> threads) {

	public TalksDetails {
		threads = List.copyOf(threads);
	}

	public record ThreadRef(ThreadId id, DelegationCode party) {
	}
}
