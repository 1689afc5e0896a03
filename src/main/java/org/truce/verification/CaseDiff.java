package org.truce.verification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What changed between two revisions of a case, field by field: both snapshots are flattened to paths such as
 * {@code finding.determination.type} or {@code votes[2].choice}, and every path whose value differs is one change.
 */
final class CaseDiff {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final String ABSENT = "—";

	private CaseDiff() {
	}

	static List<CaseRevision.Change> between(CaseSnapshot before, CaseSnapshot after) {
		var old = flatten(JSON.valueToTree(before));
		var now = flatten(JSON.valueToTree(after));
		var paths = new LinkedHashSet<>(old.keySet());
		paths.addAll(now.keySet());
		var changes = new ArrayList<CaseRevision.Change>();
		for (var path : paths) {
			var was = old.getOrDefault(path, ABSENT);
			var is = now.getOrDefault(path, ABSENT);
			if (!was.equals(is)) {
				changes.add(new CaseRevision.Change(path, was, is));
			}
		}
		return changes;
	}

	private static Map<String, String> flatten(JsonNode node) {
		var leaves = new LinkedHashMap<String, String>();
		flatten("", node, leaves);
		return leaves;
	}

	private static void flatten(String path, JsonNode node, Map<String, String> leaves) {
		if (node.isObject()) {
			for (var property : node.properties()) {
				flatten(path.isEmpty() ? property.getKey() : path + "." + property.getKey(), property.getValue(), leaves);
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				flatten(path + "[" + i + "]", node.get(i), leaves);
			}
		}
		else if (!node.isNull()) {
			leaves.put(path, node.asString());
		}
	}
}
