package org.truce.report;

import java.util.UUID;

/**
 * What a piece of evidence is attached to: a report, or an item of a downstream module such as a case.
 *
 * @param type a short kind name, e.g. {@code report} or {@code case}
 */
public record EvidenceSubject(String type, UUID id) {

	public static EvidenceSubject report(ReportId report) {
		return new EvidenceSubject("report", report.value());
	}
}
