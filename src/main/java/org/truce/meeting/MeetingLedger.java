package org.truce.meeting;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerSubjects;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.SubjectContent;

/**
 * Meetings' side of the ledger: every revision of a meeting ({@code <meeting id>/<revision>}: agenda, invitations,
 * line-ups, minutes and their approvals, the statement) and every action item decided or closed ({@code <item id>}) is
 * logged as it is written, its salt kept in its row, so that the log can be checked against what is stored — by
 * {@code truce ledger verify}, and by whoever may read the record whole, through its entry and the content it hashes.
 */
@Component
class MeetingLedger implements LedgerSubjects {

	private final JdbcMeetingStore store;
	private final Ledger ledger;

	MeetingLedger(JdbcMeetingStore store, Ledger ledger) {
		this.store = store;
		this.ledger = ledger;
	}

	@Override
	public Set<String> types() {
		return Stream.concat(Arrays.stream(MeetingChange.values()).map(MeetingChange::ledgerType),
				Stream.of(MeetingChange.ACTION_ITEM_DECIDED, MeetingChange.ACTION_ITEM_CLOSED))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Map<String, SubjectContent> contents(String type, Collection<String> subjectIds) {
		return store.logged(type, subjectIds);
	}

	/** Each logged revision of a meeting, with its entry and the content it hashes, by revision number. */
	Map<Integer, LoggedSubject> revisions(MeetingId id) {
		return ledger.loggedRevisions(this, id.value(), store.lastRevision(id));
	}

	/**
	 * An action item's decision ({@link MeetingChange#ACTION_ITEM_DECIDED}) or closure
	 * ({@link MeetingChange#ACTION_ITEM_CLOSED}), with its entry and the content it hashes, once logged.
	 */
	Optional<LoggedSubject> actionItem(UUID id, String type) {
		return ledger.logged(this, List.of(id.toString())).stream().filter(logged -> logged.type().equals(type)).findFirst();
	}
}
