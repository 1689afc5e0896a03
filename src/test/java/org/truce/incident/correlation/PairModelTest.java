package org.truce.incident.correlation;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PairModelTest {

	@Test
	void theShippedModelWeighsEveryFeatureTheScorerMeasures() {
		assertThat(PairModel.calibrated().features()).containsAll(PairScorer.featureNames());
	}

	@Test
	void aModelLackingAWeightIsRefusedNamingIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> PairModel.of(Map.of("prior", 1.0)))
			.withMessageContaining("time.exact-exact");
	}

	@Test
	void anUnknownFeatureHasNoWeight() {
		assertThatIllegalArgumentException().isThrownBy(() -> PairModel.calibrated().weight("weather"))
			.withMessageContaining("weather");
	}
}
