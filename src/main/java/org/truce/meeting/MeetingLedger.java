package org.truce.meeting;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.truce.ledger.LedgerSubjects;
import org.truce.ledger.SubjectContent;

/**
 * Meetings' side of the ledger: every revision of a meeting ({@code <meeting id>/<revision>}: agenda, invitations,
 * line-ups, minutes and their approvals, the statement) and every action item decided or closed ({@code <item id>}) is
 * logged as it is written, its salt kept in its row.
 */
@Component
class MeetingLedger implements LedgerSubjects {

	private final JdbcMeetingStore store;

	MeetingLedger(JdbcMeetingStore store) {
		this.store = store;
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
}
