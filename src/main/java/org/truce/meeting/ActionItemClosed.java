package org.truce.meeting;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** An action item was closed. */
public record ActionItemClosed(UUID actionItemId, DelegationCode by, Instant at) {
}
