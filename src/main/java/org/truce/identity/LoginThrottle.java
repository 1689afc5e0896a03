package org.truce.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed sign-ins for one user name, or
 * {@value #FREE_FAILURES_PER_ADDRESS} from one address, further attempts are refused for a period that doubles
 * with each failure, up to {@link #LONGEST_BLOCK}. Counted in the database so that every node sees the same count.
 */
@Component
class LoginThrottle {

	static final int FREE_FAILURES = 5;
	static final int FREE_FAILURES_PER_ADDRESS = 20;
	static final Duration LONGEST_BLOCK = Duration.ofMinutes(15);
	private static final Duration FORGET_AFTER = Duration.ofHours(1);

	private final JdbcClient jdbc;
	private final Clock clock;

	LoginThrottle(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** How long the caller must still wait, if either the user name or the address is blocked. */
	Optional<Duration> blockedFor(String username, @Nullable String address) {
		var now = clock.instant();
		return keys(username, address).stream()
			.map(key -> jdbc.sql("SELECT blocked_until FROM login_throttle WHERE throttle_key = ?").param(key)
				.query(OffsetDateTime.class).optional())
			.flatMap(Optional::stream)
			.map(OffsetDateTime::toInstant)
			.filter(until -> until.isAfter(now))
			.map(until -> Duration.between(now, until))
			.max(Duration::compareTo);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordFailure(String username, @Nullable String address) {
		record(userKey(username), FREE_FAILURES);
		if (address != null) {
			record(addressKey(address), FREE_FAILURES_PER_ADDRESS);
		}
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void recordSuccess(String username) {
		jdbc.sql("DELETE FROM login_throttle WHERE throttle_key = ?").param(userKey(username)).update();
	}

	private void record(String key, int freeFailures) {
		var now = clock.instant();
		int failures = jdbc.sql("""
				INSERT INTO login_throttle (throttle_key, failures, last_failure_at) VALUES (:key, 1, :now)
				ON CONFLICT (throttle_key) DO UPDATE SET
				    failures = CASE WHEN login_throttle.last_failure_at < :forgetBefore THEN 1 ELSE login_throttle.failures + 1 END,
				    last_failure_at = :now
				RETURNING failures""")
			.param("key", key)
			.param("now", utc(now))
			.param("forgetBefore", utc(now.minus(FORGET_AFTER)))
			.query(Integer.class)
			.single();
		if (failures >= freeFailures) {
			jdbc.sql("UPDATE login_throttle SET blocked_until = :until WHERE throttle_key = :key")
				.param("until", utc(now.plus(blockFor(failures - freeFailures))))
				.param("key", key)
				.update();
		}
	}

	static Duration blockFor(int failuresBeyondFree) {
		var seconds = 1L << Math.min(failuresBeyondFree, 20);
		return seconds >= LONGEST_BLOCK.toSeconds() ? LONGEST_BLOCK : Duration.ofSeconds(seconds);
	}

	private static List<String> keys(String username, @Nullable String address) {
		return address == null ? List.of(userKey(username)) : List.of(userKey(username), addressKey(address));
	}

	private static String userKey(String username) {
		return "user:" + username.toLowerCase(java.util.Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}
}
