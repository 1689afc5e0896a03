package org.truce.talks;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * Values as the module's tables keep them. Instants are kept to the microsecond, as PostgreSQL does, so that the
 * instant the domain holds is the one stored, and content hashed now agrees with content recomputed from the database.
 */
final class Stored {

	private Stored() {
	}

	static Instant now(Clock clock) {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	static Instant instant(ResultSet rs, String column) throws SQLException {
		var instant = nullableInstant(rs, column);
		if (instant == null) {
			throw new IllegalStateException("Column " + column + " is null");
		}
		return instant;
	}

	static @Nullable Instant nullableInstant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	static DelegationCode delegation(ResultSet rs, String column) throws SQLException {
		return new DelegationCode(rs.getString(column));
	}
}
