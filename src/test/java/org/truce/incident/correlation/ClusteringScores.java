package org.truce.incident.correlation;

import java.util.HashMap;
import java.util.Map;

/**
 * How well a clustering matches the true one: pairwise precision and recall (over every pair of items put together) and
 * B-cubed precision and recall (per item, the share of its cluster that truly belongs with it, and the share of its true
 * group found in its cluster).
 */
public record ClusteringScores(double pairPrecision, double pairRecall, double bcubedPrecision, double bcubedRecall) {

	public double pairF1() {
		return f1(pairPrecision, pairRecall);
	}

	public double bcubedF1() {
		return f1(bcubedPrecision, bcubedRecall);
	}

	/** Scores the predicted clusters of the items against their true groups; both maps must hold the same items. */
	public static <I, P, T> ClusteringScores of(Map<I, P> predicted, Map<I, T> truth) {
		if (!predicted.keySet().equals(truth.keySet())) {
			throw new IllegalArgumentException("the predicted and true clusterings must cover the same items");
		}
		var cells = new HashMap<Map.Entry<P, T>, Long>();
		var predictedSizes = new HashMap<P, Long>();
		var trueSizes = new HashMap<T, Long>();
		predicted.forEach((item, cluster) -> {
			var group = truth.get(item);
			cells.merge(Map.entry(cluster, group), 1L, Long::sum);
			predictedSizes.merge(cluster, 1L, Long::sum);
			trueSizes.merge(group, 1L, Long::sum);
		});
		double togetherInBoth = cells.values().stream().mapToDouble(ClusteringScores::pairs).sum();
		double togetherPredicted = predictedSizes.values().stream().mapToDouble(ClusteringScores::pairs).sum();
		double togetherTruly = trueSizes.values().stream().mapToDouble(ClusteringScores::pairs).sum();
		// B-cubed: an item in cell (p, t) scores |p ∩ t| / |p| and |p ∩ t| / |t|; the cell's items all score alike.
		double precision = 0;
		double recall = 0;
		for (var cell : cells.entrySet()) {
			double n = cell.getValue();
			precision += n * n / predictedSizes.get(cell.getKey().getKey());
			recall += n * n / trueSizes.get(cell.getKey().getValue());
		}
		int items = predicted.size();
		return new ClusteringScores(togetherPredicted == 0 ? 1 : togetherInBoth / togetherPredicted,
				togetherTruly == 0 ? 1 : togetherInBoth / togetherTruly, precision / items, recall / items);
	}

	private static double pairs(long n) {
		return n * (n - 1) / 2.0;
	}

	private static double f1(double precision, double recall) {
		return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
	}
}
