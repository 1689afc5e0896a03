package org.truce.ledger;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

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

	/**
	 * The entries that log the given subjects, of the types the owning module records, each with the content it hashes
	 * as the module stores it now ({@link LedgerSubjects#contents}): for readers of records that keep no ticket to check
	 * them. A subject not logged, or no longer stored, is left out. Answer only for records the reader may see whole: the
	 * content is all of the record.
	 *
	 * @param owner the module's side of the ledger, which gives the content
	 */
	List<LoggedSubject> logged(LedgerSubjects owner, Collection<String> subjectIds);

	/**
	 * The entry that logs one subject, of a module whose subjects each name one change, with the content it hashes; as
	 * {@link #logged(LedgerSubjects, Collection)}.
	 */
	default Optional<LoggedSubject> logged(LedgerSubjects owner, String subjectId) {
		return logged(owner, List.of(subjectId)).stream().findFirst();
	}

	/**
	 * The entries of revisions 1 to {@code last} of a record kept in revisions, each logged as a {@link RevisionSubject},
	 * with the content it hashes, by revision number; as {@link #logged(LedgerSubjects, Collection)}.
	 */
	default SortedMap<Integer, LoggedSubject> loggedRevisions(LedgerSubjects owner, UUID record, int last) {
		var subjects = IntStream.rangeClosed(1, last).mapToObj(n -> new RevisionSubject(record, n).toString()).toList();
		var byRevision = new TreeMap<Integer, LoggedSubject>();
		for (var logged : logged(owner, subjects)) {
			RevisionSubject.parse(logged.subjectId()).ifPresent(revision -> byRevision.put(revision.revision(), logged));
		}
		return byRevision;
	}
}
