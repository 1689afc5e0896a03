package org.truce.incident;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.truce.incident.correlation.Candidate;
import org.truce.incident.correlation.CorrelationEngine;
import org.truce.incident.correlation.ReportFeatures;
import org.truce.incident.correlation.Regrouping;
import org.truce.incident.correlation.TermFrequencies;
import org.truce.report.ReportId;

/**
 * On the live path, once a report is placed, groups its neighbourhood again — the incidents it was compared with and its
 * own — and makes the engine's moves in the incidents: a report filed early is thus regrouped in the light of those
 * filed after it, as bulk mode groups a batch. Links an analyst confirmed stay, and so do the reports of an incident held
 * for verification; rejected links are never undone, and an incident the engine leaves without reports is merged into
 * the one that took most of them.
 */
final class NeighbourhoodRegrouping {

	private static final List<Factor> REGROUPED = List.of(new Factor("opened", 0,
			"the engine regrouped the reports around it: this one and those that joined it describe an event of their own"));

	private final Regrouping regrouping;
	private final JdbcIncidentStore store;

	NeighbourhoodRegrouping(CorrelationEngine engine, JdbcIncidentStore store) {
		this.regrouping = new Regrouping(engine);
		this.store = store;
	}

	/**
	 * @param candidates the incidents the report was compared with, with their members before it was placed
	 * @param placedIn the incident the report now counts in
	 */
	void regroup(ReportFeatures report, IncidentId placedIn, List<Candidate> candidates, TermFrequencies terms,
			IncidentSession session, Instant now) {
		var neighbourhood = new ArrayList<Candidate>();
		for (var candidate : candidates) {
			var members = new ArrayList<>(candidate.members());
			if (candidate.incident().equals(placedIn)) {
				members.add(report);
			}
			neighbourhood.add(new Candidate(candidate.incident(), members));
		}
		if (neighbourhood.stream().noneMatch(candidate -> candidate.incident().equals(placedIn))) {
			neighbourhood.add(new Candidate(placedIn, List.of(report)));
		}
		var fixed = new HashSet<ReportId>();
		var rejected = new HashMap<ReportId, Set<IncidentId>>();
		var ids = neighbourhood.stream().map(Candidate::incident).toList();
		session.load(ids);
		var held = store.held(ids);
		for (var candidate : neighbourhood) {
			for (var link : session.get(candidate.incident()).links()) {
				if (link.member() && (link.status() == LinkStatus.CONFIRMED || held.contains(candidate.incident()))) {
					fixed.add(link.report());
				}
				if (link.status() == LinkStatus.REJECTED) {
					rejected.computeIfAbsent(link.report(), r -> new HashSet<>()).add(candidate.incident());
				}
			}
		}
		var moves = regrouping.regroup(neighbourhood, fixed, rejected, terms);
		var destinations = new HashMap<IncidentId, Map<IncidentId, Integer>>();
		for (var move : moves) {
			var from = session.get(move.from());
			from.release(move.report().id(), move.to(), null, now);
			if (move.score() == null) {
				session.add(Incident.open(move.to(), move.report().id(), REGROUPED, List.of(), now));
			}
			else {
				session.get(move.to()).link(move.report().id(), Objects.requireNonNull(move.score()), now);
			}
			destinations.computeIfAbsent(move.from(), f -> new HashMap<>()).merge(move.to(), 1, Integer::sum);
		}
		destinations.forEach((emptied, to) -> {
			var incident = session.get(emptied);
			if (incident.members().isEmpty()) {
				var most = to.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
				session.get(most).absorb(incident, null, now);
			}
		});
	}
}
