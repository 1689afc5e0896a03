package org.truce.incident.correlation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import org.jspecify.annotations.Nullable;
import org.truce.incident.IncidentId;
import org.truce.report.ReportId;

/**
 * Groups the reports of a neighbourhood — the incidents a new report might belong to, and its own — again as a whole,
 * as bulk mode groups a batch, so that a report filed early is regrouped in the light of those filed after it. Only the
 * engine's own placements move: a report whose link an analyst confirmed stays, and one an analyst rejected from an
 * incident never goes back there. The incidents keep their ids: a new group takes the id of the incident most of its
 * reports come from, so that an incident changes only as much as its reports do.
 */
public final class Regrouping {

	private final CorrelationEngine engine;
	private final BulkCorrelator bulk;

	public Regrouping(CorrelationEngine engine) {
		this.engine = engine;
		this.bulk = new BulkCorrelator(engine);
	}

	/**
	 * @param incidents the incidents of the neighbourhood, with the reports counted in each, those whose id should last
	 *        first
	 * @param fixed the reports that stay where they are counted: those an analyst confirmed
	 * @param rejected for each report, the incidents an analyst rejected it from
	 * @return the moves that regroup the neighbourhood, in the order to make them: first the reports that open a new
	 *         incident, then the others
	 */
	public List<Move> regroup(List<Candidate> incidents, Set<ReportId> fixed, Map<ReportId, Set<IncidentId>> rejected,
			TermFrequencies terms) {
		var countedIn = new HashMap<ReportId, IncidentId>();
		var recorded = new ArrayList<Candidate>();
		var batch = new ArrayList<ReportFeatures>();
		var membersOf = new HashMap<IncidentId, Set<ReportId>>();
		for (var incident : incidents) {
			var staying = new ArrayList<ReportFeatures>();
			for (var member : incident.members()) {
				countedIn.put(member.id(), incident.incident());
				membersOf.computeIfAbsent(incident.incident(), id -> new HashSet<>()).add(member.id());
				(fixed.contains(member.id()) ? staying : batch).add(member);
			}
			if (!staying.isEmpty()) {
				recorded.add(new Candidate(incident.incident(), staying));
			}
		}
		// An analyst's rejection holds against every report of the incident the report was rejected from.
		BiPredicate<ReportFeatures, ReportFeatures> apart = (a, b) -> rejected
			.getOrDefault(a.id(), Set.of()).stream().anyMatch(i -> membersOf.getOrDefault(i, Set.of()).contains(b.id()));
		var placements = bulk.correlate(recorded, batch, terms, apart);
		var order = incidents.stream().map(Candidate::incident).toList();
		var target = targets(placements, countedIn, recorded.stream().map(Candidate::incident).toList(), rejected, order);
		var groups = new HashMap<IncidentId, List<ReportFeatures>>();
		recorded.forEach(incident -> groups.put(incident.incident(), new ArrayList<>(incident.members())));
		placements.forEach(p -> groups.computeIfAbsent(p.incident(), group -> new ArrayList<>()).add(p.report()));
		var opening = new ArrayList<Move>();
		var joining = new ArrayList<Move>();
		var founded = new HashSet<IncidentId>();
		for (var placement : placements) {
			var report = placement.report();
			var from = countedIn.get(report.id());
			var to = target.getOrDefault(placement.incident(), from);
			if (to.equals(from) || rejected.getOrDefault(report.id(), Set.of()).contains(to)) {
				continue;
			}
			if (!countedIn.containsValue(to) && founded.add(to)) {
				opening.add(new Move(report, from, to, null));
			}
			else {
				joining.add(new Move(report, from, to, engine.score(report, new Candidate(to, groups.get(placement.incident())),
						terms)));
			}
		}
		var moves = new ArrayList<>(opening);
		moves.addAll(joining);
		return moves;
	}

	/**
	 * Which incident each group of the batch becomes: a recorded incident stays itself; a new group takes the id of an
	 * incident of the neighbourhood that keeps no report of its own, the one most of the group's reports come from (each
	 * id once, the largest shares first and, between equal shares, the incident listed first), or else a new id.
	 */
	private static Map<IncidentId, IncidentId> targets(List<BulkCorrelator.Placement> placements,
			Map<ReportId, IncidentId> countedIn, List<IncidentId> recorded, Map<ReportId, Set<IncidentId>> rejected,
			List<IncidentId> order) {
		var target = new HashMap<IncidentId, IncidentId>();
		recorded.forEach(incident -> target.put(incident, incident));
		var shares = new LinkedHashMap<IncidentId, Map<IncidentId, Integer>>();
		var excluded = new HashMap<IncidentId, Set<IncidentId>>();
		for (var placement : placements) {
			if (!target.containsKey(placement.incident())) {
				shares.computeIfAbsent(placement.incident(), group -> new LinkedHashMap<>())
					.merge(countedIn.get(placement.report().id()), 1, Integer::sum);
				excluded.computeIfAbsent(placement.incident(), group -> new HashSet<>())
					.addAll(rejected.getOrDefault(placement.report().id(), Set.of()));
			}
		}
		var taken = new HashSet<>(recorded);
		shares.entrySet().stream()
			.flatMap(group -> group.getValue().entrySet().stream().map(share -> new Share(group.getKey(), share.getKey(),
					share.getValue())))
			.sorted(Comparator.comparingInt(Share::reports).reversed().thenComparingInt(share -> order.indexOf(share.incident())))
			.forEach(share -> {
				if (!target.containsKey(share.group()) && !taken.contains(share.incident())
						&& !excluded.get(share.group()).contains(share.incident())) {
					target.put(share.group(), share.incident());
					taken.add(share.incident());
				}
			});
		shares.keySet().forEach(group -> target.putIfAbsent(group, group));
		return target;
	}

	/**
	 * One report to move.
	 *
	 * @param to an incident of the neighbourhood, or a new one, which this report opens when its score is none
	 * @param score how the report fits where it goes, none for the report that opens a new incident
	 */
	public record Move(ReportFeatures report, IncidentId from, IncidentId to, @Nullable CandidateScore score) {
	}

	private record Share(IncidentId group, IncidentId incident, int reports) {
	}
}
