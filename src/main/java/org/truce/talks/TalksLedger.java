package org.truce.talks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerSubjects;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.SubjectContent;

/**
 * The talks' side of the ledger: proposals' versions, positions and status changes, talks opened, and messages posted
 * or relayed, each logged as it is written with its salt kept in its row, so that the log can be checked against what is
 * stored — by {@code truce ledger verify}, and by whoever may read the record whole, through its entry and the content it
 * hashes.
 */
@Component
class TalksLedger implements LedgerSubjects {

	private final JdbcProposalStore proposals;
	private final JdbcTalksStore talks;
	private final Ledger ledger;

	TalksLedger(JdbcProposalStore proposals, JdbcTalksStore talks, Ledger ledger) {
		this.proposals = proposals;
		this.talks = talks;
		this.ledger = ledger;
	}

	@Override
	public Set<String> types() {
		return Stream.concat(JdbcProposalStore.TYPES.stream(), JdbcTalksStore.TYPES.stream()).collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Map<String, SubjectContent> contents(String type, Collection<String> subjectIds) {
		return JdbcProposalStore.TYPES.contains(type) ? proposals.logged(type, subjectIds) : talks.logged(type, subjectIds);
	}

	/** The entry that logs a subject of the talks — each names one change — with the content it hashes, once logged. */
	Optional<LoggedSubject> entryOf(String subjectId) {
		return ledger.logged(this, List.of(subjectId)).stream().findFirst();
	}
}
