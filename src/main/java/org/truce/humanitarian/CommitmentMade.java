package org.truce.humanitarian;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** A party committed to act on a humanitarian item by a deadline. */
public record CommitmentMade(HumanitarianItemId itemId, UUID commitmentId, DelegationCode party, Instant dueAt, Instant at) {
}
