package org.truce.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocationPrecisionTest {

	@Test
	void readsNamesInAnyCase() {
		assertThat(LocationPrecision.parse("exact")).isEqualTo(LocationPrecision.EXACT);
		assertThat(LocationPrecision.parse("Sub-District")).isEqualTo(LocationPrecision.SUB_DISTRICT);
	}

	@Test
	void readsAnUncertaintyInMetresAsTheNarrowestClassCoveringIt() {
		assertThat(LocationPrecision.parse(50)).isEqualTo(LocationPrecision.EXACT);
		assertThat(LocationPrecision.parse(1500.0)).isEqualTo(LocationPrecision.SETTLEMENT);
		assertThat(LocationPrecision.parse("20000")).isEqualTo(LocationPrecision.NEAR);
		assertThat(LocationPrecision.parse(5_000_000)).isEqualTo(LocationPrecision.COUNTRY);
	}

	@Test
	void refusesNonsense() {
		assertThatThrownBy(() -> LocationPrecision.parse("somewhere")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LocationPrecision.parse(-1)).isInstanceOf(IllegalArgumentException.class);
	}
}
