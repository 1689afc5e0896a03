package org.truce.verification;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** A guarantor registered an incident as a violation in its log. */
public record LogEntryRegistered(LogEntryId entryId, UUID incidentId, DelegationCode guarantor, Instant at) {
}
