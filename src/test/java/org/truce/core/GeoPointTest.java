package org.truce.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeoPointTest {

	@Test
	void measuresGreatCircleDistancesInMetres() {
		var damascus = new GeoPoint(33.5138, 36.2765);
		var aleppo = new GeoPoint(36.2021, 37.1343);

		assertThat(damascus.metresTo(aleppo)).isCloseTo(309_000, within(2_000.0));
		assertThat(aleppo.metresTo(damascus)).isEqualTo(damascus.metresTo(aleppo));
		assertThat(damascus.metresTo(damascus)).isZero();
		assertThat(new GeoPoint(0, 0).metresTo(new GeoPoint(0, 1))).isCloseTo(111_195, within(10.0));
	}
}
