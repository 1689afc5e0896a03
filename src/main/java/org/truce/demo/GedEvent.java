package org.truce.demo;

import java.time.LocalDate;
import java.util.Map;

/**
 * One event of the UCDP Georeferenced Event Dataset, with the columns the scenario uses (GED codebook 19.1).
 *
 * @param typeOfViolence 1 state-based, 2 non-state, 3 one-sided
 * @param wherePrecision 1 exact place … 7 only the country or international waters
 */
record GedEvent(long id, int typeOfViolence, String dyadName, int sideAId, String sideA, int sideBId, String sideB,
		String sourceOffice, String headline, int wherePrecision, String whereCoordinates, String adm1, double lat, double lon,
		LocalDate dateStart, LocalDate dateEnd, int deathsCivilians, int best) {

	static GedEvent of(Map<String, String> row) {
		return new GedEvent(Long.parseLong(row.get("id")), Integer.parseInt(row.get("type_of_violence")), row.get("dyad_name"),
				Integer.parseInt(row.get("side_a_new_id")), row.get("side_a"), Integer.parseInt(row.get("side_b_new_id")),
				row.get("side_b"), row.getOrDefault("source_office", ""), row.getOrDefault("source_headline", ""),
				Integer.parseInt(row.get("where_prec")), row.getOrDefault("where_coordinates", ""), row.getOrDefault("adm_1", ""),
				Double.parseDouble(row.get("latitude")), Double.parseDouble(row.get("longitude")),
				LocalDate.parse(row.get("date_start")), LocalDate.parse(row.get("date_end")),
				Integer.parseInt(row.get("deaths_civilians")), Integer.parseInt(row.get("best")));
	}

	boolean involves(int actorId) {
		return sideAId == actorId || sideBId == actorId;
	}
}
