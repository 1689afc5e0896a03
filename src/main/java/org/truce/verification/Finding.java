package org.truce.verification;

import java.time.Instant;

import org.truce.core.DelegationCode;

/**
 * A drafted finding: the determination proposed to the guarantors' vote, with its summary.
 *
 * @param round counts the drafts: each new draft opens a new round of votes
 */
public record Finding(Determination determination, String summary, DelegationCode draftedBy, Instant draftedAt, int round) {
}
