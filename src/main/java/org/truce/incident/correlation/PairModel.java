package org.truce.incident.correlation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * The weights of the pair scorer's features, in log-odds points: how much each measured agreement or disagreement of
 * two reports says for or against their describing one event. The shipped weights were calibrated on the correlation
 * benchmark's training corpus (a logistic regression; see {@code bench/correlation/README.md}) and are data, kept in
 * {@value #RESOURCE}, so that a recalibration changes no code.
 */
public final class PairModel {

	static final String RESOURCE = "pair-model.properties";

	private final Map<String, Double> weights;

	private PairModel(Map<String, Double> weights) {
		var missing = new TreeSet<>(PairScorer.featureNames());
		missing.removeAll(weights.keySet());
		if (!missing.isEmpty()) {
			throw new IllegalArgumentException("The pair model has no weight for " + missing);
		}
		this.weights = Map.copyOf(weights);
	}

	/** The shipped, calibrated model. */
	public static PairModel calibrated() {
		try (InputStream in = PairModel.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("The pair model " + RESOURCE + " is missing from the classpath");
			}
			var properties = new Properties();
			properties.load(in);
			var weights = new HashMap<String, Double>();
			properties.stringPropertyNames().forEach(name -> weights.put(name, Double.parseDouble(properties.getProperty(name))));
			return new PairModel(weights);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A model with the given weights, one for every feature the scorer measures. */
	public static PairModel of(Map<String, Double> weights) {
		return new PairModel(weights);
	}

	public double weight(String feature) {
		var weight = weights.get(feature);
		if (weight == null) {
			throw new IllegalArgumentException("No such feature: " + feature);
		}
		return weight;
	}

	public Set<String> features() {
		return weights.keySet();
	}
}
