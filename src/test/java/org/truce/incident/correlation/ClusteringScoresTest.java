package org.truce.incident.correlation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ClusteringScoresTest {

	@Test
	void aPerfectClusteringScoresOne() {
		var scores = ClusteringScores.of(Map.of(1, "a", 2, "a", 3, "b"), Map.of(1, 10, 2, 10, 3, 20));

		assertThat(scores.pairF1()).isEqualTo(1.0);
		assertThat(scores.bcubedF1()).isEqualTo(1.0);
	}

	@Test
	void mergingTwoGroupsCostsPrecisionNotRecall() {
		// truth {1,2} {3}; predicted {1,2,3}
		var scores = ClusteringScores.of(Map.of(1, "x", 2, "x", 3, "x"), Map.of(1, "a", 2, "a", 3, "b"));

		assertThat(scores.pairPrecision()).isCloseTo(1 / 3.0, within(1e-9));
		assertThat(scores.pairRecall()).isEqualTo(1.0);
		assertThat(scores.bcubedPrecision()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, within(1e-9));
		assertThat(scores.bcubedRecall()).isEqualTo(1.0);
	}

	@Test
	void splittingAGroupCostsRecallNotPrecision() {
		// truth {1,2,3}; predicted {1,2} {3}
		var scores = ClusteringScores.of(Map.of(1, "x", 2, "x", 3, "y"), Map.of(1, "a", 2, "a", 3, "a"));

		assertThat(scores.pairPrecision()).isEqualTo(1.0);
		assertThat(scores.pairRecall()).isCloseTo(1 / 3.0, within(1e-9));
		assertThat(scores.bcubedPrecision()).isEqualTo(1.0);
		assertThat(scores.bcubedRecall()).isCloseTo((2 / 3.0 + 2 / 3.0 + 1 / 3.0) / 3, within(1e-9));
	}
}
