package org.truce.ledger;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Down while an entry has waited longer than {@code truce.ledger.pending-alarm} to be sequenced: the outbox is only as
 * good as the watch kept on it, and changes are being acknowledged without a receipt.
 */
@Component("ledger")
class LedgerHealth implements HealthIndicator {

	private final LedgerStore store;
	private final LedgerProperties properties;
	private final Clock clock;

	LedgerHealth(LedgerStore store, LedgerProperties properties, Clock clock) {
		this.store = store;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public Health health() {
		var oldest = store.oldestPending();
		var age = oldest.map(at -> Duration.between(at, clock.instant())).orElse(Duration.ZERO);
		return of(age, properties.pendingAlarm()).withDetail("size", store.size()).build();
	}

	static Health.Builder of(Duration oldestPendingAge, Duration alarm) {
		var health = oldestPendingAge.compareTo(alarm) > 0 ? Health.down() : Health.up();
		return health.withDetail("oldestPendingSeconds", oldestPendingAge.toSeconds());
	}
}
