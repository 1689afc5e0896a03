package org.truce.talks;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;

/**
 * Proximity talks: a thread between each party and the mediator, who relays (possibly edited) content from one thread
 * to another. A thread, and every message in it, is read by its party and the mediator only; to anyone else it does
 * not exist, and every answer about it is the one a missing id gets. Which message a relay came from is told to the
 * mediator alone.
 */
public interface ProximityTalks {

	/**
	 * Opens talks with a thread per party; the secretariat does. Opening, posting and relaying are logged in the ledger
	 * with the change, and answer with the ticket of its entry.
	 */
	Recorded<TalksDetails> open(NewTalks talks, Viewer.Member by);

	/** The talks, to their mediator and to the secretariat; nobody else learns who takes part. */
	Optional<TalksDetails> find(TalksId id, Viewer viewer);

	/** The viewer's threads: a party's own, one per talks; all threads of the talks the viewer mediates; else none. */
	List<ThreadSummary> threads(Viewer viewer);

	ThreadDetails thread(ThreadId id, Viewer viewer);

	Message message(MessageId id, Viewer viewer);

	/**
	 * The ledger entry of the talks' opening with the content it hashes — who takes part — to the mediator and the
	 * secretariat.
	 */
	LoggedSubject ledgerEntry(TalksId id, Viewer viewer);

	/**
	 * A message's ledger entry with the content it hashes, to whoever may read all of it: a relay's content names the
	 * message it came from, so it is the mediator's alone; to the party it was relayed to, it does not exist.
	 */
	LoggedSubject messageLedgerEntry(MessageId id, Viewer viewer);

	/** Posts a message in a thread, by its party or its mediator. */
	Recorded<Message> post(ThreadId thread, @Nullable String text, Viewer.Member by);

	/**
	 * The mediator relays a message into another thread of the same talks, as its own message with the text it chooses:
	 * the message as it is, an excerpt, or a redacted version.
	 */
	Recorded<Message> relay(MessageId message, @Nullable ThreadId to, @Nullable String text, Viewer.Member by);
}
