package org.truce.agreement;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.truce.core.InvalidInputException;

/**
 * When something holds: from an instant (inclusive) until an instant (exclusive), or with no end. Half-open, so that
 * a successor taking effect at its predecessor's end never overlaps it. Instants rather than dates, because a truce
 * takes effect at an hour in a time zone (midnight in Damascus is 22:00 UTC the day before).
 */
public record EffectivePeriod(Instant from, @Nullable Instant to) {

	/** Kept to the microsecond, as the database keeps instants, so that a period read back equals the one recorded. */
	public EffectivePeriod {
		from = from.truncatedTo(ChronoUnit.MICROS);
		to = to == null ? null : to.truncatedTo(ChronoUnit.MICROS);
		if (to != null && !to.isAfter(from)) {
			throw new InvalidInputException("effectiveTo", "must be after effectiveFrom (" + from + ")");
		}
	}

	public static EffectivePeriod from(Instant from) {
		return new EffectivePeriod(from, null);
	}

	public boolean contains(Instant at) {
		return !at.isBefore(from) && (to == null || at.isBefore(to));
	}
}
