package org.truce.verification;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** One guarantor's vote on the finding of one round, with its rationale. */
public record Vote(DelegationCode guarantor, VoteChoice choice, String rationale, Instant at, int round) {
}
