package org.truce.demo;

import org.junit.jupiter.api.Test;
import org.truce.incident.correlation.Thresholds;

import static org.assertj.core.api.Assertions.assertThat;

/** A quick guard on the engine's quality: the benchmark's first three hundred GED events, in the normal test run. */
class CorrelationQualityTest {

	@Test
	void theEngineKeepsItsQualityOnAPartOfTheBenchmark() {
		var corpus = BenchmarkCorpus.generate(CorrelationBenchmark.SEED, BenchmarkCorpus.Noise.FULL,
				BenchmarkNarratives.Wording.FULL, 300);

		var result = CorrelationBenchmark.run(corpus, Thresholds.DEFAULT);

		assertThat(result.scores().bcubedPrecision()).isGreaterThan(0.9);
		assertThat(result.scores().bcubedF1()).isGreaterThan(0.88);
	}
}
