package org.truce.talks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * One version of a proposal's text, exactly as stored. The first is the text as tabled (no reason); each later one is a
 * revision by the submitter, with its reason. Versions are only ever added.
 */
public record ProposalVersion(int number, String text, @Nullable String reason, DelegationCode recordedBy, Instant recordedAt) {
}
