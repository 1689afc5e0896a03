package org.truce.talks;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * A message in a thread, exactly as stored; messages are never changed. A message the mediator relays into a thread is
 * the mediator's own message there, and reads as such to the party.
 *
 * @param delegation the author's delegation: the thread's party, or the mediator
 * @param relayOf which message this one relays; present only when the mediator reads it
 */
public record Message(MessageId id, ThreadId threadId, Author author, DelegationCode delegation, String text, Instant postedAt,
		@Nullable RelaySource relayOf) {

	/** The message a relay came from: its id, its thread and that thread's party. */
	public record RelaySource(MessageId messageId, ThreadId threadId, DelegationCode party) {
	}

	Message withoutProvenance() {
		return relayOf == null ? this : new Message(id, threadId, author, delegation, text, postedAt, null);
	}
}
