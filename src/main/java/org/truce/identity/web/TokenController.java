package org.truce.identity.web;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.truce.core.Links;
import org.truce.identity.ApiTokens.TokenSummary;
import org.truce.identity.ApiTokens;
import org.truce.identity.CurrentViewer;

/**
 * API tokens: created with the user's password over HTTP Basic, listed and revoked by their owner. The secret is
 * in the creation answer only.
 */
@RestController
@RequestMapping("/api/v1/tokens")
class TokenController {

	private final ApiTokens tokens;
	private final CurrentViewer viewer;

	TokenController(ApiTokens tokens, CurrentViewer viewer) {
		this.tokens = tokens;
		this.viewer = viewer;
	}

	@PostMapping
	ResponseEntity<CreatedToken> create(@Valid @RequestBody(required = false) @Nullable TokenRequest request) {
		var name = request == null || request.name() == null ? "api" : request.name();
		var lifetime = request == null || request.expiresInDays() == null ? null : Duration.ofDays(request.expiresInDays());
		var issued = tokens.issue(viewer.member().username(), name, lifetime);
		return ResponseEntity.created(Links.to("/api/v1/tokens/{id}", issued.id()))
			.body(new CreatedToken(issued.id(), issued.token(), issued.name(), issued.createdAt(), issued.expiresAt()));
	}

	@GetMapping
	TokenList list() {
		return new TokenList(tokens.of(viewer.member().username()));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void revoke(@PathVariable UUID id) {
		tokens.revoke(viewer.member().username(), id);
	}

	record TokenRequest(@Nullable @Size(min = 1, max = 100) String name, @Nullable @Min(1) @Max(366) Integer expiresInDays) {
	}

	record CreatedToken(UUID id, String token, String name, Instant createdAt, @Nullable Instant expiresAt) {
	}

	record TokenList(List<TokenSummary> items) {
	}
}
