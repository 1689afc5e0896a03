package org.truce.humanitarian;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** A commitment was recorded as kept. */
public record CommitmentMet(HumanitarianItemId itemId, UUID commitmentId, DelegationCode party, DelegationCode recordedBy, Instant at) {
}
