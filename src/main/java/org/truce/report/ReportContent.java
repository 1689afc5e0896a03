package org.truce.report;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.core.Confidentiality;

/** The checked and located content of one revision of a report. */
public record ReportContent(Instant occurredFrom, Instant occurredTo, TimePrecision timePrecision, ReportLocation location,
		Category category, @Nullable ActorId allegedPerpetrator, @Nullable ActorId target, Casualties casualties,
		ObservationMethod observedBy, String narrative, Confidentiality confidentiality) {

	ReportContent withConfidentiality(Confidentiality level) {
		return new ReportContent(occurredFrom, occurredTo, timePrecision, location, category, allegedPerpetrator, target,
				casualties, observedBy, narrative, level);
	}
}
