package org.truce.humanitarian;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * What a party undertook to do for an item, by when; {@code metAt} is set when the secretariat or a guarantor records it
 * as kept. A commitment not met by its deadline is missed, which counts against the party in the implementation review.
 *
 * @param recordedBy the delegation that recorded it: the party itself, or the secretariat for a commitment made in a
 *        meeting; none for a commitment recorded before the register kept it
 */
public record Commitment(UUID id, DelegationCode party, String text, Instant dueAt, Instant recordedAt,
		@Nullable DelegationCode recordedBy, @Nullable Instant metAt, @Nullable DelegationCode metRecordedBy,
		@Nullable String note) {

	public boolean isMet() {
		return metAt != null;
	}

	public boolean isMissedAt(Instant now) {
		return metAt == null && dueAt.isBefore(now);
	}

	public boolean isDueBetween(Instant from, Instant to) {
		return !dueAt.isBefore(from) && dueAt.isBefore(to);
	}
}
