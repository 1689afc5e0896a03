package org.truce.verification;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** One guarantor's confirmation or dispute of another guarantor's log entry, with its reason. */
public record CrossCheck(DelegationCode guarantor, Verdict verdict, String reason, Instant at) {
}
