package org.truce.talks;

import java.time.Instant;

import org.truce.core.DelegationCode;

/**
 * The mediator relayed a message (or an edited excerpt of it) from one thread into another, as message
 * {@code relayId} of the target thread. Carries no text, and names threads by id only, never their parties.
 */
public record MessageRelayed(MessageId relayId, MessageId sourceMessageId, ThreadId fromThreadId, ThreadId toThreadId,
		TalksId talksId, DelegationCode mediator, Instant relayedAt) {
}
