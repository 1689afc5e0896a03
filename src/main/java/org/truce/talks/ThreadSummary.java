package org.truce.talks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * A thread as its party or its mediator lists it.
 *
 * @param side the viewer's side in the thread
 * @param lastMessageAt when the latest message was posted; absent while the thread is empty
 */
public record ThreadSummary(ThreadId id, TalksId talksId, String talksTitle, DelegationCode party, DelegationCode mediator,
		Author side, int messages, @Nullable Instant lastMessageAt) {
}
