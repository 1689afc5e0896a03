package org.truce.talks.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;
import org.truce.ledger.tlog.Receipt;
import org.truce.talks.Author;
import org.truce.talks.Message;
import org.truce.talks.TalksDetails;
import org.truce.talks.ThreadSummary;

/** Proximity talks, threads and messages as the API shows them; the answer to a change adds its ledger entry's receipt. */
final class TalksResponses {

	private TalksResponses() {
	}

	record TalksResponse(UUID id, String title, String mediator, Instant openedAt, List<ThreadRef> threads,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Receipt receipt) {

		static TalksResponse of(TalksDetails talks, @Nullable Receipt receipt) {
			return new TalksResponse(talks.id().value(), talks.title(), talks.mediator().value(), talks.openedAt(),
					talks.threads().stream().map(t -> new ThreadRef(t.id().value(), t.party().value())).toList(), receipt);
		}
	}

	record ThreadRef(UUID id, String party) {
	}

	/** @param side the caller's side in the thread: {@code PARTY} or {@code MEDIATOR} */
	record ThreadResponse(UUID id, UUID talksId, String talksTitle, String party, String mediator, Author side, int messages,
			@Nullable Instant lastMessageAt) {

		static ThreadResponse of(ThreadSummary thread) {
			return new ThreadResponse(thread.id().value(), thread.talksId().value(), thread.talksTitle(), thread.party().value(),
					thread.mediator().value(), thread.side(), thread.messages(), thread.lastMessageAt());
		}
	}

	record ThreadWithMessages(ThreadResponse thread, List<MessageResponse> messages) {
	}

	/**
	 * @param from who wrote it in this thread: the thread's {@code PARTY} or the {@code MEDIATOR}
	 * @param relayOf the message a relay came from; only the mediator gets it, to anyone else the field does not exist
	 */
	record MessageResponse(UUID id, UUID threadId, Author from, String delegation, String text, Instant postedAt,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable RelaySource relayOf,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Receipt receipt) {

		static MessageResponse of(Message message) {
			return of(message, null);
		}

		static MessageResponse of(Message message, @Nullable Receipt receipt) {
			var source = message.relayOf();
			return new MessageResponse(message.id().value(), message.threadId().value(), message.author(),
					message.delegation().value(), message.text(), message.postedAt(), source == null ? null
							: new RelaySource(source.messageId().value(), source.threadId().value(), source.party().value()),
					receipt);
		}
	}

	record RelaySource(UUID messageId, UUID threadId, String party) {
	}
}
