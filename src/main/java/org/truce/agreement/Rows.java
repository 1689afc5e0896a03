package org.truce.agreement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the module's JDBC stores share: instants to and from {@code TIMESTAMP WITH TIME ZONE} (which the PostgreSQL
 * driver maps to OffsetDateTime), row locks, and assembling aggregates from one query per table.
 */
final class Rows {

	private Rows() {
	}

	/** The clock's instant to the microsecond, as PostgreSQL keeps it: what is returned equals what is read back. */
	static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static @Nullable OffsetDateTime utc(@Nullable Instant instant) {
		return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	/** The {@code effective_from} and {@code effective_to} columns. */
	static EffectivePeriod period(ResultSet rs) throws SQLException {
		var to = rs.getObject("effective_to", OffsetDateTime.class);
		return new EffectivePeriod(instant(rs, "effective_from"), to == null ? null : to.toInstant());
	}

	/** Locks an aggregate's root row until the transaction ends; false if there is no such row. */
	static boolean lock(JdbcClient jdbc, String table, UUID id) {
		return jdbc.sql("SELECT id FROM " + table + " WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional().isPresent();
	}

	/** Child rows by their parent's key, each list in the rows' order. */
	static <K, V> Map<K, List<V>> grouped(List<Map.Entry<K, V>> rows) {
		return rows.stream().collect(Collectors.groupingBy(Map.Entry::getKey,
				Collectors.mapping(Map.Entry::getValue, Collectors.toCollection(ArrayList::new))));
	}

	/** The loaded aggregates in the order their ids were asked for, leaving out ids that matched nothing. */
	static <T> List<T> inOrder(Collection<UUID> ids, Map<UUID, T> byId) {
		return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
	}

	/** The id a ledger subject names, or part of one; anything else names nothing of the module's. */
	private static Optional<UUID> uuid(String text) {
		try {
			return Optional.of(UUID.fromString(text));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	/** The ids that lead the subjects of ledger entries ({@code <id>} or {@code <id>/…}), each once. */
	static List<UUID> leadingIds(Collection<String> subjectIds) {
		return subjectIds.stream().map(subject -> uuid(subject.split("/", 2)[0])).flatMap(Optional::stream).distinct().toList();
	}
}
