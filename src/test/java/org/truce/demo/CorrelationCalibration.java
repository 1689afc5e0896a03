package org.truce.demo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.truce.incident.correlation.BulkCorrelator;
import org.truce.incident.correlation.ClusteringScores;
import org.truce.incident.correlation.CorrelationEngine;
import org.truce.incident.correlation.PairModel;
import org.truce.incident.correlation.PairScorer;
import org.truce.incident.correlation.ReportFeatures;
import org.truce.incident.correlation.SpatioTemporalIndex;
import org.truce.incident.correlation.TermFrequencies;
import org.truce.incident.correlation.Thresholds;
import org.truce.report.ReportId;
import org.truce.report.TimePrecision;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Calibrates the pair model on the benchmark's training corpus (seed 1; the benchmark reports seed 20161230): every
 * pair of reports the pre-filter lets through is measured, labelled by whether the two describe one GED event, and a
 * logistic regression (Newton's method, a small ridge penalty) fits the features' weights in log-odds points. The
 * prior is then shifted to where bulk correlation of the training corpus scores best (pairs are not independent: an
 * incident's reports share their errors, so the regression's prior is not the grouping's). Writes the weights to
 * {@code src/main/resources/org/truce/incident/correlation/pair-model.properties}. Not part of the test run; run it with
 * {@code bench/correlation/calibrate}.
 */
@Tag("benchmark")
class CorrelationCalibration {

	static final long TRAINING_SEED = Long.getLong("calibration.seed", 1L);
	private static final double RIDGE = 0.1;
	private static final int NEWTON_STEPS = 40;
	/**
	 * The weights of features the training corpus never shows, which the data cannot set: the domain's reading. The
	 * corpus never gives one event two categories no single event has (a protest and an air strike).
	 */
	private static final Map<String, Double> UNSEEN = Map.of("category.unrelated", -2.0);
	private static final Path MODEL = Path.of("src/main/resources/org/truce/incident/correlation/pair-model.properties");

	@Test
	void calibratesThePairModel() throws IOException {
		var corpus = BenchmarkCorpus.generate(TRAINING_SEED, BenchmarkCorpus.Noise.FULL);
		var terms = TermFrequencies.counting(corpus.stream().map(r -> r.features().terms()).toList());
		var names = List.copyOf(PairScorer.featureNames());
		var pairs = pairs(corpus, terms, names);
		var weights = fit(pairs, names.size());
		var model = new LinkedHashMap<String, Double>();
		for (int k = 0; k < names.size(); k++) {
			int feature = k;
			boolean seen = pairs.stream().anyMatch(pair -> pair.x()[feature] != 0);
			model.put(names.get(k), seen ? round(weights[k]) : UNSEEN.getOrDefault(names.get(k), 0.0));
		}
		centre(pairs, names, model);
		double offset = bestPriorOffset(corpus, terms, model);
		model.merge("prior", offset, Double::sum);
		var text = new StringBuilder()
			.append("# The pair model's weights in log-odds points, calibrated by CorrelationCalibration (bench/correlation/calibrate)\n")
			.append(String.format(Locale.ROOT, "# on the benchmark corpus of seed %d: %d pairs, %d of one event; prior shifted by %+.2f%n",
					TRAINING_SEED, pairs.size(), pairs.stream().filter(Pair::sameEvent).count(), offset));
		model.forEach((name, weight) -> text.append(name).append('=').append(round(weight)).append('\n'));
		Files.writeString(MODEL, text);
		System.out.println(text);
		assertThat(PairModel.of(model).features()).containsAll(names);
	}

	/** Every pair the pre-filter lets through that could be one event, measured and labelled. */
	private static List<Pair> pairs(List<BenchmarkCorpus.LabelledReport> corpus, TermFrequencies terms, List<String> names) {
		var events = corpus.stream().collect(Collectors.toMap(BenchmarkCorpus.LabelledReport::features,
				BenchmarkCorpus.LabelledReport::eventId));
		var ordered = corpus.stream()
			.map(BenchmarkCorpus.LabelledReport::features)
			.sorted(Comparator.comparing(ReportFeatures::from))
			.toList();
		var index = new SpatioTemporalIndex();
		var pairs = new ArrayList<Pair>();
		for (var report : ordered) {
			index.evictReachingBefore(report.from().minus(ReportFeatures.slack(TimePrecision.MONTH)));
			for (var other : index.neighbours(report)) {
				var measures = PairScorer.measure(report, other, terms);
				if (measures != null) {
					var x = new double[names.size()];
					measures.forEach(measure -> measure.features().forEach((name, value) -> x[names.indexOf(name)] += value));
					pairs.add(Pair.of(x, events.get(report).equals(events.get(other))));
				}
			}
			index.add(report);
		}
		return pairs;
	}

	/**
	 * Sets each always-measured factor's centre to its median contribution over the training pairs and adds the centres
	 * to the prior: the sum of every pair's contributions stays the same, and each factor reads against a typical pair.
	 */
	private static void centre(List<Pair> pairs, List<String> names, Map<String, Double> model) {
		for (var factor : PairScorer.CENTRED) {
			var contributions = new double[pairs.size()];
			for (int p = 0; p < pairs.size(); p++) {
				var pair = pairs.get(p);
				for (int i : pair.nonZero()) {
					if (names.get(i).startsWith(factor + ".")) {
						contributions[p] += model.get(names.get(i)) * pair.x()[i];
					}
				}
			}
			Arrays.sort(contributions);
			double centre = round(contributions[contributions.length / 2]);
			model.put("centre." + factor, centre);
			model.merge("prior", centre, Double::sum);
		}
	}

	/** Ridge-penalised logistic regression by Newton's method. */
	private static double[] fit(List<Pair> pairs, int features) {
		var w = new double[features];
		for (int step = 0; step < NEWTON_STEPS; step++) {
			var gradient = new double[features];
			var hessian = new double[features][features];
			for (var pair : pairs) {
				double p = 1 / (1 + Math.exp(-pair.dot(w)));
				double residual = p - (pair.sameEvent() ? 1 : 0);
				double curvature = p * (1 - p);
				var at = pair.nonZero();
				for (int i = 0; i < at.length; i++) {
					gradient[at[i]] += residual * pair.x()[at[i]];
					for (int j = 0; j < at.length; j++) {
						hessian[at[i]][at[j]] += curvature * pair.x()[at[i]] * pair.x()[at[j]];
					}
				}
			}
			for (int i = 0; i < features; i++) {
				gradient[i] += RIDGE * w[i];
				hessian[i][i] += RIDGE;
			}
			var delta = solve(hessian, gradient);
			double largest = 0;
			for (int i = 0; i < features; i++) {
				w[i] -= delta[i];
				largest = Math.max(largest, Math.abs(delta[i]));
			}
			if (largest < 1e-6) {
				break;
			}
		}
		return w;
	}

	/** Gaussian elimination with partial pivoting: the Hessian is symmetric positive definite under the ridge. */
	private static double[] solve(double[][] matrix, double[] vector) {
		int n = vector.length;
		var a = new double[n][];
		for (int i = 0; i < n; i++) {
			a[i] = Arrays.copyOf(matrix[i], n + 1);
			a[i][n] = vector[i];
		}
		for (int col = 0; col < n; col++) {
			int pivot = col;
			for (int row = col + 1; row < n; row++) {
				if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
					pivot = row;
				}
			}
			var swap = a[col];
			a[col] = a[pivot];
			a[pivot] = swap;
			for (int row = col + 1; row < n; row++) {
				double factor = a[row][col] / a[col][col];
				for (int k = col; k <= n; k++) {
					a[row][k] -= factor * a[col][k];
				}
			}
		}
		var x = new double[n];
		for (int row = n - 1; row >= 0; row--) {
			double sum = a[row][n];
			for (int k = row + 1; k < n; k++) {
				sum -= a[row][k] * x[k];
			}
			x[row] = sum / a[row][row];
		}
		return x;
	}

	/** The shift of the prior at which bulk correlation of the training corpus reaches its best B-cubed F1. */
	private static double bestPriorOffset(List<BenchmarkCorpus.LabelledReport> corpus, TermFrequencies terms,
			Map<String, Double> model) {
		var truth = corpus.stream().collect(Collectors.toMap(r -> r.features().id(), BenchmarkCorpus.LabelledReport::eventId));
		var features = corpus.stream().map(BenchmarkCorpus.LabelledReport::features).toList();
		double best = 0;
		double bestF1 = -1;
		for (double offset = -1; offset <= 3.001; offset += 0.25) {
			var shifted = new HashMap<>(model);
			shifted.merge("prior", offset, Double::sum);
			var engine = new CorrelationEngine(PairModel.of(shifted), Thresholds.DEFAULT);
			var counted = new HashMap<ReportId, Object>();
			new BulkCorrelator(engine).correlate(List.of(), features, terms)
				.forEach(placement -> counted.put(placement.report().id(), placement.incident()));
			double f1 = ClusteringScores.of(counted, truth).bcubedF1();
			System.out.printf(Locale.ROOT, "prior offset %+.2f: B3 F1 %.4f%n", offset, f1);
			if (f1 > bestF1) {
				bestF1 = f1;
				best = offset;
			}
		}
		return best;
	}

	private static double round(double weight) {
		return Math.round(weight * 1_000) / 1_000.0;
	}

	/** A measured pair: its feature values, where they are not zero, and whether it is one event. */
	private record Pair(double[] x, int[] nonZero, boolean sameEvent) {

		static Pair of(double[] x, boolean sameEvent) {
			return new Pair(x, IntStream.range(0, x.length).filter(i -> x[i] != 0).toArray(), sameEvent);
		}

		double dot(double[] w) {
			double sum = 0;
			for (int i : nonZero) {
				sum += w[i] * x[i];
			}
			return sum;
		}
	}
}
