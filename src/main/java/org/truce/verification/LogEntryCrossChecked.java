package org.truce.verification;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** Another guarantor confirmed or disputed a log entry. */
public record LogEntryCrossChecked(LogEntryId entryId, UUID incidentId, DelegationCode guarantor, Verdict verdict, Instant at) {
}
