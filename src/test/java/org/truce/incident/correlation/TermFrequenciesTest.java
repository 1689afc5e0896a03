package org.truce.incident.correlation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class TermFrequenciesTest {

	private final TermFrequencies frequencies = TermFrequencies.counting(List.of(Set.of("killed", "shelling", "douma"),
			Set.of("killed", "shelling"), Set.of("killed", "clashes"), Set.of("killed")));

	@Test
	void aRareTermWeighsMoreThanOneEveryReportUses() {
		assertThat(frequencies.weight("douma")).isGreaterThan(frequencies.weight("shelling"));
		assertThat(frequencies.weight("shelling")).isGreaterThan(frequencies.weight("killed"));
		assertThat(frequencies.weight("killed")).isCloseTo(1, within(0.3));
		assertThat(frequencies.weight("unheard")).isGreaterThan(frequencies.weight("douma"));
	}

	@Test
	void similarityIsOneForTheSameTermsNoneForNothingSharedAndMoreForRareTermsShared() {
		assertThat(frequencies.similarity(Set.of("douma", "killed"), Set.of("douma", "killed"))).isCloseTo(1, within(1e-9));
		assertThat(frequencies.similarity(Set.of("douma"), Set.of("clashes"))).isZero();
		assertThat(frequencies.similarity(Set.of(), Set.of("douma"))).isZero();
		assertThat(frequencies.similarity(Set.of("douma", "killed"), Set.of("douma", "shelling")))
			.isGreaterThan(frequencies.similarity(Set.of("douma", "killed"), Set.of("killed", "shelling")));
	}

	@Test
	void frequenciesGivenAsCountsWeighAsThoseCounted() {
		var given = TermFrequencies.of(4, Map.of("killed", 4L, "shelling", 2L, "douma", 1L, "clashes", 1L));

		assertThat(given.weight("douma")).isEqualTo(frequencies.weight("douma"));
		assertThat(given.weight("unheard")).isEqualTo(frequencies.weight("unheard"));
	}
}
