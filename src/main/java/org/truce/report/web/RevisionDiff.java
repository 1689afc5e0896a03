package org.truce.report.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.truce.report.ReportContent;
import org.truce.report.ReportRevision;

/** What changed from one revision of a report to the next, field by field, as readers see it. */
final class RevisionDiff {

	private static final Map<String, Function<ReportContent, @Nullable Object>> FIELDS = fields();

	private RevisionDiff() {
	}

	/** The changes each revision made to the one before it, by revision number; the first revision changed nothing. */
	static Map<Integer, List<Change>> of(List<ReportRevision> revisions) {
		var ordered = revisions.stream().sorted((a, b) -> Integer.compare(a.number(), b.number())).toList();
		var changes = new HashMap<Integer, List<Change>>();
		for (int i = 1; i < ordered.size(); i++) {
			changes.put(ordered.get(i).number(), between(ordered.get(i - 1).content(), ordered.get(i).content()));
		}
		return changes;
	}

	static List<Change> between(ReportContent before, ReportContent after) {
		var changes = new ArrayList<Change>();
		FIELDS.forEach((field, value) -> {
			var old = value.apply(before);
			var now = value.apply(after);
			if (!Objects.equals(old, now)) {
				changes.add(new Change(field, text(old), text(now)));
			}
		});
		return changes;
	}

	private static String text(@Nullable Object value) {
		return value == null ? "—" : value.toString();
	}

	private static Map<String, Function<ReportContent, @Nullable Object>> fields() {
		var fields = new LinkedHashMap<String, Function<ReportContent, @Nullable Object>>();
		fields.put("occurredFrom", ReportContent::occurredFrom);
		fields.put("occurredTo", ReportContent::occurredTo);
		fields.put("timePrecision", ReportContent::timePrecision);
		fields.put("point", c -> c.location().point().lat() + ", " + c.location().point().lon());
		fields.put("locationPrecision", c -> c.location().precision());
		fields.put("placeName", c -> c.location().placeName());
		fields.put("where", c -> c.location().admin().admin3Name() + ", " + c.location().admin().admin1Name());
		fields.put("category", c -> c.category().code());
		fields.put("perpetrator", ReportContent::allegedPerpetrator);
		fields.put("target", ReportContent::target);
		fields.put("killed", c -> c.casualties().killed());
		fields.put("injured", c -> c.casualties().injured());
		fields.put("civiliansKilled", c -> c.casualties().civiliansKilled());
		fields.put("observedBy", ReportContent::observedBy);
		fields.put("narrative", ReportContent::narrative);
		fields.put("confidentiality", ReportContent::confidentiality);
		return Collections.unmodifiableMap(fields);
	}

	record Change(String field, String before, String after) {
	}
}
