package org.truce.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;

@Service
class JdbcApiTokens implements ApiTokens {

	static final String PREFIX = "trc_";
	private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);
	private static final Duration LONGEST_LIFETIME = Duration.ofDays(366);

	private final JdbcClient jdbc;
	private final Clock clock;
	private final SecureRandom random = new SecureRandom();

	JdbcApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional
	public IssuedToken issue(String username, String name, @Nullable Duration lifetime) {
		if (name.isBlank() || name.length() > 100) {
			throw new InvalidInputException("name", "must be 1 to 100 characters");
		}
		if (lifetime != null && (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(LONGEST_LIFETIME) > 0)) {
			throw new InvalidInputException("expiresInDays", "must be between 1 and " + LONGEST_LIFETIME.toDays() + " days");
		}
		var bytes = new byte[32];
		random.nextBytes(bytes);
		var secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		var id = UUID.randomUUID();
		var now = clock.instant();
		var expiresAt = lifetime == null ? null : now.plus(lifetime);
		jdbc.sql("""
				INSERT INTO api_token (id, username, name, token_hash, created_at, expires_at)
				VALUES (:id, :username, :name, :hash, :created, :expires)""")
			.param("id", id)
			.param("username", username)
			.param("name", name)
			.param("hash", hash(secret))
			.param("created", utc(now))
			.param("expires", expiresAt == null ? null : utc(expiresAt))
			.update();
		return new IssuedToken(id, secret, name, now, expiresAt);
	}

	@Override
	public List<TokenSummary> of(String username) {
		return jdbc.sql("""
				SELECT id, name, created_at, expires_at, last_used_at, revoked_at FROM api_token
				WHERE username = ? ORDER BY created_at DESC""")
			.param(username)
			.query(JdbcApiTokens::summary)
			.list();
	}

	@Override
	@Transactional
	public void revoke(String username, UUID tokenId) {
		int updated = jdbc.sql("""
				UPDATE api_token SET revoked_at = COALESCE(revoked_at, :now) WHERE id = :id AND username = :username""")
			.param("now", utc(clock.instant()))
			.param("id", tokenId)
			.param("username", username)
			.update();
		if (updated == 0) {
			throw new NotFoundException("token", tokenId);
		}
	}

	/** The user a presented token stands for, if the token is known, live and its user enabled. */
	Optional<String> authenticate(String presented) {
		if (!presented.startsWith(PREFIX)) {
			return Optional.empty();
		}
		var now = clock.instant();
		var match = jdbc.sql("""
				SELECT t.id, t.username, t.last_used_at FROM api_token t JOIN app_user u ON u.username = t.username
				WHERE t.token_hash = :hash AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > :now) AND u.enabled""")
			.param("hash", hash(presented))
			.param("now", utc(now))
			.query((rs, row) -> new LiveToken(rs.getObject("id", UUID.class), rs.getString("username"),
					rs.getObject("last_used_at", OffsetDateTime.class)))
			.optional();
		match.filter(token -> token.lastUsedAt() == null
				|| token.lastUsedAt().toInstant().plus(LAST_USE_RESOLUTION).isBefore(now))
			.ifPresent(token -> jdbc.sql("UPDATE api_token SET last_used_at = :now WHERE id = :id")
				.param("now", utc(now)).param("id", token.id()).update());
		return match.map(LiveToken::username);
	}

	private static byte[] hash(String secret) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
		var value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static TokenSummary summary(ResultSet rs, int row) throws SQLException {
		return new TokenSummary(rs.getObject("id", UUID.class), rs.getString("name"), instant(rs, "created_at"),
				instant(rs, "expires_at"), instant(rs, "last_used_at"), instant(rs, "revoked_at"));
	}

	private record LiveToken(UUID id, String username, @Nullable OffsetDateTime lastUsedAt) {
	}
}
