package org.truce.ledger;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;

import static org.assertj.core.api.Assertions.assertThat;

class LedgerHealthTest {

	@Test
	void theLedgerIsDownOnceAnEntryHasWaitedLongerThanTheAlarm() {
		var alarm = Duration.ofSeconds(30);

		assertThat(LedgerHealth.of(Duration.ZERO, alarm).build().getStatus()).isEqualTo(Status.UP);
		assertThat(LedgerHealth.of(Duration.ofSeconds(30), alarm).build().getStatus()).isEqualTo(Status.UP);
		var lagging = LedgerHealth.of(Duration.ofSeconds(95), alarm).build();
		assertThat(lagging.getStatus()).isEqualTo(Status.DOWN);
		assertThat(lagging.getDetails()).containsEntry("oldestPendingSeconds", 95L);
	}
}
