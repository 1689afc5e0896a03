package org.truce.verification;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** The accused party replied. */
public record ReplySubmitted(CaseId caseId, UUID replyId, DelegationCode delegation, Instant at) {
}
