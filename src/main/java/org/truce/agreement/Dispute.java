package org.truce.agreement;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A delegation's objection to a designation; it is recorded beside the designation and suspends nothing. */
public record Dispute(DelegationCode disputedBy, String reason, Instant disputedAt) {
}
