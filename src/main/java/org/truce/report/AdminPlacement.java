package org.truce.report;

/** The governorate, district and sub-district a report's point was located in when it was recorded. */
public record AdminPlacement(String admin1Pcode, String admin1Name, String admin2Pcode, String admin2Name, String admin3Pcode,
		String admin3Name) {
}
