package org.truce.ledger;

import java.util.Map;

import org.truce.ledger.tlog.Receipt;

/**
 * Where domain modules record their changes of consequence. {@link #record} runs inside the domain transaction and
 * commits or rolls back with it: the change and its obligation to be logged are one. The entry gets its index right
 * after the commit, from the sequencer; {@link #receiptFor} waits for that.
 */
public interface Ledger {

	/**
	 * Queues an entry for the log, in the caller's transaction.
	 *
	 * @return the ticket by which to ask for the entry's receipt once the transaction has committed
	 * @throws IllegalStateException when no transaction is active: an entry recorded outside the change's own
	 *         transaction could be logged for a change that never happened, or be lost for one that did
	 */
	LedgerTicket record(LedgerRecord record);

	/**
	 * The receipt of a recorded entry, waiting a bounded time for it to be sequenced. Call it after the recording
	 * transaction committed.
	 *
	 * @throws org.truce.core.UnavailableException if the entry is not sequenced in time; it will be, and asking again
	 *         later answers
	 * @throws IllegalArgumentException if no entry was ever recorded under the ticket (its transaction rolled back)
	 */
	Receipt receiptFor(LedgerTicket ticket);

	/**
	 * The entries of recorded changes, each with the content it hashes, for readers of the records to check them; a
	 * ticket whose transaction rolled back is left out. Answer only for records the reader may see: the content is the
	 * record's own.
	 *
	 * @param contents each change's content as its record is stored now, with its salt, by ticket
	 */
	Map<LedgerTicket, LoggedSubject> logged(Map<LedgerTicket, SubjectContent> contents);
}
