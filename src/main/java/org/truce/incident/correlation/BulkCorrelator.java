package org.truce.incident.correlation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import org.jspecify.annotations.Nullable;
import org.truce.incident.IncidentId;
import org.truce.report.ReportId;
import org.truce.report.TimePrecision;

/**
 * Correlates a large batch of reports in memory, as a whole. The spatio-temporal index finds, in time order, the reports
 * each one could share an event with — never every pair — and each such pair is weighed once. Then every report of the
 * batch, starting alone, moves to the incident its weights with that incident's reports favour most, or stays alone
 * when none favours it; rounds of moves repeat until no report would move (a local search for the grouping with the
 * greatest total evidence, as correlation clustering does). The recorded incidents stay as they are: the batch may only
 * join them. Unlike placing reports one by one, a report read early is placed in the light of those read after it.
 */
public final class BulkCorrelator {

	private static final int MAXIMUM_ROUNDS = 30;
	private static final double SIGNIFICANT = 1e-9;

	private final CorrelationEngine engine;

	public BulkCorrelator(CorrelationEngine engine) {
		this.engine = engine;
	}

	/**
	 * @param recorded the incidents already recorded that the batch may meet, with their members
	 * @param terms the frequencies of the narrative terms among the reports, the batch's included
	 * @return one placement per report of the batch, in time order
	 */
	public List<Placement> correlate(Collection<Candidate> recorded, Collection<ReportFeatures> batch, TermFrequencies terms) {
		return correlate(recorded, batch, terms, (a, b) -> false);
	}

	/**
	 * @param apart the pairs an analyst has said are not one event (a report rejected from an incident, with that
	 *        incident's reports), weighed as incompatible
	 */
	public List<Placement> correlate(Collection<Candidate> recorded, Collection<ReportFeatures> batch, TermFrequencies terms,
			BiPredicate<ReportFeatures, ReportFeatures> apart) {
		var reports = new Reports(recorded, batch);
		var graph = weigh(reports, terms, apart);
		var clusters = new Clusters(reports);
		double alone = CorrelationEngine.weightOf(engine.thresholds().link());
		for (int round = 0; round < MAXIMUM_ROUNDS; round++) {
			if (clusters.improve(graph, alone) == 0) {
				break;
			}
		}
		return placements(reports, graph, clusters, terms);
	}

	/** The weights of every pair the pre-filter lets through, per report of the batch. */
	private List<Map<Integer, Double>> weigh(Reports reports, TermFrequencies terms,
			BiPredicate<ReportFeatures, ReportFeatures> apart) {
		var index = new SpatioTemporalIndex();
		var indexOf = new HashMap<ReportId, Integer>();
		for (int i = reports.batchSize(); i < reports.size(); i++) {
			index.add(reports.get(i));
			indexOf.put(reports.get(i).id(), i);
		}
		var graph = new ArrayList<Map<Integer, Double>>(reports.batchSize());
		for (int i = 0; i < reports.batchSize(); i++) {
			graph.add(new HashMap<>());
		}
		var widestSlack = ReportFeatures.slack(TimePrecision.MONTH);
		for (int i = 0; i < reports.batchSize(); i++) {
			var report = reports.get(i);
			// Later reports start no earlier than this one, so none can reach back further than the widest slack.
			index.evictReachingBefore(report.from().minus(widestSlack));
			for (var neighbour : index.neighbours(report)) {
				int j = indexOf.get(neighbour.id());
				double weight = apart.test(report, neighbour) || apart.test(neighbour, report) ? PairScorer.INCOMPATIBLE
						: engine.pair(report, neighbour, terms).weight();
				graph.get(i).put(j, weight);
				if (j < reports.batchSize()) {
					graph.get(j).put(i, weight);
				}
			}
			index.add(report);
			indexOf.put(report.id(), i);
		}
		return graph;
	}

	private List<Placement> placements(Reports reports, List<Map<Integer, Double>> graph, Clusters clusters,
			TermFrequencies terms) {
		var incidents = new HashMap<Integer, IncidentId>();
		var members = clusters.members();
		var opened = new HashMap<Integer, Integer>();
		var placements = new ArrayList<Placement>(reports.batchSize());
		for (int i = 0; i < reports.batchSize(); i++) {
			var report = reports.get(i);
			int cluster = clusters.of(i);
			var incident = incidents.computeIfAbsent(cluster, c -> reports.recordedIncident(c).orElseGet(IncidentId::random));
			int self = i;
			var together = members.get(cluster).stream().filter(j -> j != self).toList();
			boolean opener = together.isEmpty() || reports.recordedIncident(cluster).isEmpty() && opened.putIfAbsent(cluster, i) == null;
			if (!opener) {
				var score = engine.score(report, candidate(reports, incident, together), terms);
				placements.add(new Placement(report, incident, new Decision.Join(score)));
				continue;
			}
			var alternative = bestElsewhere(i, cluster, reports, graph, clusters, members, incidents, terms);
			var decision = together.isEmpty() && alternative != null ? engine.decision(alternative) : null;
			placements.add(new Placement(report, incident, decision instanceof Decision.Propose || decision instanceof Decision.Join
					? new Decision.Propose(alternative) : new Decision.Open(alternative)));
		}
		return placements;
	}

	/** The incident, other than its own, that a report fits best: the one it would be proposed for. */
	private @Nullable CandidateScore bestElsewhere(int report, int own, Reports reports, List<Map<Integer, Double>> graph,
			Clusters clusters, Map<Integer, List<Integer>> members, Map<Integer, IncidentId> incidents, TermFrequencies terms) {
		var gains = clusters.gains(report, graph.get(report));
		gains.remove(own);
		var best = gains.entrySet().stream().max(Map.Entry.comparingByValue());
		if (best.isEmpty()) {
			return null;
		}
		int cluster = best.get().getKey();
		var incident = incidents.computeIfAbsent(cluster, c -> reports.recordedIncident(c).orElseGet(IncidentId::random));
		return engine.score(reports.get(report), candidate(reports, incident, members.get(cluster)), terms);
	}

	private static Candidate candidate(Reports reports, IncidentId incident, List<Integer> members) {
		return new Candidate(incident, members.stream().map(reports::get).toList());
	}

	/** Where a report of the batch is counted, and the decision that put it there. */
	public record Placement(ReportFeatures report, IncidentId incident, Decision decision) {
	}

	/**
	 * The reports of a bulk pass, numbered: the batch first, in time order, then the members of the recorded incidents.
	 */
	private static final class Reports {

		private final List<ReportFeatures> all = new ArrayList<>();
		private final List<IncidentId> recordedIncidents = new ArrayList<>();
		private final List<Integer> recordedClusterOf = new ArrayList<>();
		private final int batchSize;

		Reports(Collection<Candidate> recorded, Collection<ReportFeatures> batch) {
			batch.stream()
				.sorted(Comparator.comparing(ReportFeatures::from).thenComparing(r -> r.id().value()))
				.forEach(all::add);
			batchSize = all.size();
			for (var incident : recorded) {
				for (var member : incident.members()) {
					all.add(member);
					recordedClusterOf.add(recordedIncidents.size());
				}
				recordedIncidents.add(incident.incident());
			}
		}

		int size() {
			return all.size();
		}

		int batchSize() {
			return batchSize;
		}

		ReportFeatures get(int index) {
			return all.get(index);
		}

		int recordedIncidentCount() {
			return recordedIncidents.size();
		}

		/** The cluster a recorded report belongs to: its incident's number. */
		int recordedCluster(int index) {
			return recordedClusterOf.get(index - batchSize);
		}

		/** The recorded incident a cluster stands for, if it stands for one. */
		Optional<IncidentId> recordedIncident(int cluster) {
			return cluster < recordedIncidents.size() ? Optional.of(recordedIncidents.get(cluster))
					: Optional.empty();
		}
	}

	/**
	 * Which cluster each report is in: the recorded incidents are clusters 0 to k−1, fixed; every report of the batch
	 * starts in a cluster of its own.
	 */
	private static final class Clusters {

		private final int[] clusterOf;
		private final Map<Integer, Integer> sizes = new HashMap<>();
		private final int batchSize;
		private int nextCluster;

		Clusters(Reports reports) {
			batchSize = reports.batchSize();
			clusterOf = new int[reports.size()];
			for (int i = batchSize; i < reports.size(); i++) {
				clusterOf[i] = reports.recordedCluster(i);
				sizes.merge(clusterOf[i], 1, Integer::sum);
			}
			nextCluster = reports.recordedIncidentCount();
			for (int i = 0; i < batchSize; i++) {
				clusterOf[i] = nextCluster++;
				sizes.put(clusterOf[i], 1);
			}
		}

		int of(int report) {
			return clusterOf[report];
		}

		/**
		 * What joining each cluster of its neighbours is worth to a report: the sum of its weights with the cluster's
		 * members, each member it could not share an event with counting as incompatible.
		 */
		Map<Integer, Double> gains(int report, Map<Integer, Double> neighbours) {
			var gains = new HashMap<Integer, Double>();
			var counted = new HashMap<Integer, Integer>();
			neighbours.forEach((other, weight) -> {
				gains.merge(clusterOf[other], weight, Double::sum);
				counted.merge(clusterOf[other], 1, Integer::sum);
			});
			gains.replaceAll((cluster, gain) -> {
				int others = sizes.get(cluster) - (cluster == clusterOf[report] ? 1 : 0);
				return gain + PairScorer.INCOMPATIBLE * (others - counted.get(cluster));
			});
			return gains;
		}

		/** One round of moves in time order. @return how many reports moved */
		int improve(List<Map<Integer, Double>> graph, double alone) {
			int moves = 0;
			for (int report = 0; report < batchSize; report++) {
				int own = clusterOf[report];
				var gains = gains(report, graph.get(report));
				double stay = sizes.get(own) == 1 ? alone : gains.getOrDefault(own, PairScorer.INCOMPATIBLE * (sizes.get(own) - 1));
				var best = gains.entrySet().stream()
					.filter(e -> e.getKey() != own)
					.max(Map.Entry.<Integer, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())));
				if (best.isPresent() && best.get().getValue() > Math.max(stay, alone) + SIGNIFICANT) {
					move(report, best.get().getKey());
					moves++;
				}
				else if (sizes.get(own) > 1 && alone > stay + SIGNIFICANT) {
					move(report, nextCluster++);
					moves++;
				}
			}
			return moves;
		}

		private void move(int report, int to) {
			sizes.merge(clusterOf[report], -1, Integer::sum);
			clusterOf[report] = to;
			sizes.merge(to, 1, Integer::sum);
		}

		/** Each cluster's reports. */
		Map<Integer, List<Integer>> members() {
			var members = new HashMap<Integer, List<Integer>>();
			for (int i = 0; i < clusterOf.length; i++) {
				members.computeIfAbsent(clusterOf[i], c -> new ArrayList<>()).add(i);
			}
			return members;
		}
	}
}
