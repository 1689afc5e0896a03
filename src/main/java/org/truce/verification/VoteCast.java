package org.truce.verification;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A guarantor voted on a finding. */
public record VoteCast(CaseId caseId, DelegationCode guarantor, VoteChoice choice, int round, Instant at) {
}
