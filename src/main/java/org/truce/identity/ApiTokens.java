package org.truce.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Bearer tokens for the REST API. A token's secret is shown once, at creation; only its hash is stored. */
public interface ApiTokens {

	IssuedToken issue(String username, String name, @Nullable Duration lifetime);

	List<TokenSummary> of(String username);

	/** Revokes one of the user's own tokens; unknown ids and other users' tokens are not found. */
	void revoke(String username, UUID tokenId);

	record IssuedToken(UUID id, String token, String name, Instant createdAt, @Nullable Instant expiresAt) {
	}

	record TokenSummary(UUID id, String name, Instant createdAt, @Nullable Instant expiresAt, @Nullable Instant lastUsedAt,
			@Nullable Instant revokedAt) {
	}
}
