package org.truce.agreement.geo;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.truce.agreement.PlaceLookup;
import org.truce.agreement.PlaceLookup.Match;
import org.truce.core.GeoPoint;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gazetteer against the 307 place names of UCDP's events located to the place itself ({@code where_prec} 1),
 * whose points UCDP gives: UCDP spells them its own way ("Ar Rastan", "Hawsh ad Dawahirah", "Kafr Nabl"). Of those
 * that resolve, the few far from UCDP's point are villages missing from the 2015 gazetteer while another of the same
 * name is listed ("Karawan", "Abu Kahf"), which no spelling rule can tell apart.
 */
class GazetteerQualityTest {

	private static final Pattern FEATURE = Pattern.compile("(?i)\\s+(town|village|city|area|camp|neighbou?rhood)\\b.*$");
	private static final double NEAR_METRES = 10_000;

	@Test
	void ucdpPlaceNamesResolveWhereUcdpPutsThem() {
		var gazetteer = new OchaGazetteer(new CodAbAdminAreas());
		var names = new HashSet<String>();
		var near = new EnumMap<Match, Integer>(Match.class);
		var far = new EnumMap<Match, Integer>(Match.class);
		for (var event : CsvTable.read(Resources.utf8("data/ucdp_ged_syria_652_1601_1911_20161215_20170331.csv")).rows()) {
			var name = FEATURE.matcher(event.get("where_coordinates")).replaceAll("").strip();
			if (!event.get("where_prec").equals("1") || !names.add(name)) {
				continue;
			}
			if (gazetteer.resolve(name) instanceof PlaceLookup.Found found) {
				var point = new GeoPoint(Double.parseDouble(event.get("latitude")), Double.parseDouble(event.get("longitude")));
				(found.place().point().metresTo(point) <= NEAR_METRES ? near : far).merge(found.match(), 1, Integer::sum);
			}
		}
		int resolved = total(near) + total(far);

		assertThat(names).hasSize(307);
		assertThat(resolved).as("names resolved").isGreaterThanOrEqualTo(120);
		assertThat(total(near)).as("resolved within 10 km of UCDP's point").isGreaterThanOrEqualTo(resolved * 85 / 100);
		assertThat(near.getOrDefault(Match.APPROXIMATE, 0)).as("approximate matches near").isPositive();
		assertThat(far).as("approximate matches far").doesNotContainKey(Match.APPROXIMATE);
	}

	private static int total(Map<Match, Integer> counts) {
		return counts.values().stream().mapToInt(Integer::intValue).sum();
	}
}
