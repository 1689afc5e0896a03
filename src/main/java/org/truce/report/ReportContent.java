package org.truce.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.core.Confidentiality;

/** The checked and located content of one revision of a report. */
public record ReportContent(Instant occurredFrom, Instant occurredTo, TimePrecision timePrecision, ReportLocation location,
		Category category, @Nullable ActorId allegedPerpetrator, @Nullable ActorId target, Casualties casualties,
		ObservationMethod observedBy, String narrative, Confidentiality confidentiality) {

	/** Times are kept to the microsecond, as the database keeps them: content hashed for the ledger reads back alike. */
	public ReportContent {
		occurredFrom = occurredFrom.truncatedTo(ChronoUnit.MICROS);
		occurredTo = occurredTo.truncatedTo(ChronoUnit.MICROS);
	}

	ReportContent withConfidentiality(Confidentiality level) {
		return new ReportContent(occurredFrom, occurredTo, timePrecision, location, category, allegedPerpetrator, target,
				casualties, observedBy, narrative, level);
	}
}
