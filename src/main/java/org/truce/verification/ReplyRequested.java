package org.truce.verification;

import java.time.Instant;
import java.util.List;

import org.truce.core.DelegationCode;

/** The accused party is asked to reply, before a deadline. */
public record ReplyRequested(CaseId caseId, List<DelegationCode> accused, Instant dueAt, Instant at) {
}
