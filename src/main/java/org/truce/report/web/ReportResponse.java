package org.truce.report.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.ledger.tlog.Receipt;
import org.truce.report.Casualties;
import org.truce.report.LocationPrecision;
import org.truce.report.ObservationMethod;
import org.truce.report.ReportContent;
import org.truce.report.ReportDetails;
import org.truce.report.SourceKind;
import org.truce.report.TimePrecision;

/**
 * A report as the API shows it, with the fields downstream modules add to it (such as its {@code incidentId}) at the
 * top level; the answer to a filing or a new revision adds the receipt of its ledger entry.
 */
record ReportResponse(UUID id, Instant occurredFrom, Instant occurredTo, TimePrecision timePrecision, LocationView location,
		@Nullable String placeName, @Nullable String placePcode, String admin1Pcode, String admin1Name, String admin2Pcode,
		String admin2Name, String admin3Pcode, String admin3Name, String category, @Nullable UUID allegedPerpetratorActorId,
		@Nullable UUID targetActorId, Casualties casualties, ObservationMethod observedBy, String narrative,
		Confidentiality confidentiality, String sourceDelegation, SourceKind sourceKind, @Nullable String externalRef,
		int revision, Instant filedAt, Instant updatedAt, @JsonAnyGetter Map<String, Object> annotations,
		@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Receipt receipt) {

	record LocationView(double lat, double lon, LocationPrecision precision) {
	}

	static ReportResponse of(ReportDetails report) {
		return of(report.id().value(), report.content(), report, Map.of(), null);
	}

	static ReportResponse annotated(ReportDetails report, Map<String, Object> annotations) {
		return of(report.id().value(), report.content(), report, annotations, null);
	}

	static ReportResponse withReceipt(ReportDetails report, @Nullable Receipt receipt) {
		return of(report.id().value(), report.content(), report, Map.of(), receipt);
	}

	static ReportResponse of(UUID id, ReportContent content, ReportDetails report) {
		return of(id, content, report, Map.of(), null);
	}

	private static ReportResponse of(UUID id, ReportContent content, ReportDetails report, Map<String, Object> annotations,
			@Nullable Receipt receipt) {
		var location = content.location();
		var admin = location.admin();
		return new ReportResponse(id, content.occurredFrom(), content.occurredTo(), content.timePrecision(),
				new LocationView(location.point().lat(), location.point().lon(), location.precision()), location.placeName(),
				location.placePcode(), admin.admin1Pcode(), admin.admin1Name(), admin.admin2Pcode(), admin.admin2Name(),
				admin.admin3Pcode(), admin.admin3Name(), content.category().code(),
				content.allegedPerpetrator() == null ? null : content.allegedPerpetrator().value(),
				content.target() == null ? null : content.target().value(), content.casualties(), content.observedBy(),
				content.narrative(), content.confidentiality(), report.sourceDelegation().value(), report.sourceKind(),
				report.externalRef(), report.revision(), report.filedAt(), report.updatedAt(), annotations, receipt);
	}
}
