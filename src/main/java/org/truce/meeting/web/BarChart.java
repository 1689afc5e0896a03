package org.truce.meeting.web;

import java.util.ArrayList;
import java.util.List;

import org.truce.meeting.BriefingPack;

/**
 * A horizontal bar chart the page draws as inline SVG, so that it shows without script: a row per count, each bar as
 * long as its share of the largest count.
 *
 * @param height of the drawing, in the units of its 640-wide view box
 */
record BarChart(List<Bar> bars, int height) {

	static final int ROW = 20;
	static final int LONGEST_BAR = 330;
	private static final int LONGEST_LABEL = 34;

	/** @param label clipped to fit beside the bars; {@code name} is the whole of it */
	record Bar(String name, String label, long count, int y, int length) {
	}

	static BarChart of(List<BriefingPack.Count> counts) {
		long most = counts.stream().mapToLong(BriefingPack.Count::count).max().orElse(1);
		var bars = new ArrayList<Bar>();
		for (var count : counts) {
			var name = count.label();
			var label = name.length() > LONGEST_LABEL ? name.substring(0, LONGEST_LABEL - 1) + "…" : name;
			bars.add(new Bar(name, label, count.count(), bars.size() * ROW,
					(int) Math.max(1, Math.round((double) LONGEST_BAR * count.count() / Math.max(1, most)))));
		}
		return new BarChart(bars, Math.max(ROW, bars.size() * ROW));
	}
}
