package org.truce.talks;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A party or the mediator posted a message in a thread of proximity talks. Carries no text. */
public record MessagePosted(MessageId messageId, ThreadId threadId, TalksId talksId, DelegationCode author, Instant postedAt) {
}
