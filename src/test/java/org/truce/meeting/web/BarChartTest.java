package org.truce.meeting.web;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.truce.meeting.BriefingPack.Count;

import static org.assertj.core.api.Assertions.assertThat;

class BarChartTest {

	@Test
	void eachBarIsAsLongAsItsShareOfTheLargestCountAndNeverVanishes() {
		var chart = BarChart.of(List.of(new Count("SY01", "Damascus", 40), new Count("SY02", "Aleppo", 10),
				new Count("SY03", "Homs", 0)));

		assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly(BarChart.LONGEST_BAR, Math.round(BarChart.LONGEST_BAR / 4f), 1);
		assertThat(chart.bars()).extracting(BarChart.Bar::y).containsExactly(0, BarChart.ROW, 2 * BarChart.ROW);
		assertThat(chart.height()).isEqualTo(3 * BarChart.ROW);
	}

	@Test
	void aLongNameIsClippedBesideItsBarAndKeptWhole() {
		var name = "Explosions/remote violence: shelling, artillery and missile attack";
		var bar = BarChart.of(List.of(new Count("x", name, 3))).bars().getFirst();

		assertThat(bar.label()).endsWith("…").hasSizeLessThan(name.length());
		assertThat(bar.name()).isEqualTo(name);
	}

	@Test
	void noCountsMakeAnEmptyChartOneRowHigh() {
		var chart = BarChart.of(List.of());

		assertThat(chart.bars()).isEmpty();
		assertThat(chart.height()).isEqualTo(BarChart.ROW);
	}
}
