package org.truce.report;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;

/**
 * What a reporter submits, to file a report or to amend one, before it is checked and located. Absent parts take
 * their defaults where there is one, or are named in the validation error.
 *
 * @param location a point with its precision; or else {@code placeName}, resolved through the gazetteer
 * @param category a category code such as {@code armed-clash}
 */
public record ReportDraft(@Nullable Instant occurredFrom, @Nullable Instant occurredTo, @Nullable TimePrecision timePrecision,
		@Nullable LocationInput location, @Nullable String placeName, @Nullable String category,
		@Nullable UUID allegedPerpetratorActorId, @Nullable UUID targetActorId, @Nullable Casualties casualties,
		@Nullable ObservationMethod observedBy, @Nullable String narrative, @Nullable Confidentiality confidentiality) {

	/** A point as submitted, each part checked when the draft is. */
	public record LocationInput(@Nullable Double lat, @Nullable Double lon, @Nullable LocationPrecision precision) {
	}
}
