package org.truce.agreement;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A clause was added (version 1) or amended (later versions). */
public record ClauseVersionAdded(AgreementId agreement, String clause, int version, DelegationCode amendedBy, Instant at) {
}
