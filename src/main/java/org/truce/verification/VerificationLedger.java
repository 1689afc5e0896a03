package org.truce.verification;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;
import org.truce.core.DelegationCode;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerSubjects;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.SubjectContent;

/**
 * Verification's side of the ledger: every revision of every case ({@code <case id>/<revision>}), every log entry
 * ({@code <entry id>}) and every confirmation or dispute ({@code <entry id>/<guarantor>}) is logged as it is written,
 * its salt kept in its row, so that the log can be checked against what is stored — by {@code truce ledger verify}, and
 * by whoever may read the record, through its entry and the content it hashes.
 */
@Component
class VerificationLedger implements LedgerSubjects {

	private static final Set<String> CASE_TYPES = Arrays.stream(CaseChange.values()).map(CaseChange::ledgerType)
		.collect(Collectors.toUnmodifiableSet());

	private final JdbcCaseStore cases;
	private final JdbcGuarantorLogStore logs;
	private final Ledger ledger;

	VerificationLedger(JdbcCaseStore cases, JdbcGuarantorLogStore logs, Ledger ledger) {
		this.cases = cases;
		this.logs = logs;
		this.ledger = ledger;
	}

	@Override
	public Set<String> types() {
		return Stream.concat(CASE_TYPES.stream(), Stream.of(JdbcGuarantorLogStore.REGISTERED, JdbcGuarantorLogStore.CROSS_CHECKED))
			.collect(Collectors.toUnmodifiableSet());
	}

	@Override
	public Map<String, SubjectContent> contents(String type, Collection<String> subjectIds) {
		return CASE_TYPES.contains(type) ? cases.loggedRevisions(subjectIds) : logs.logged(type, subjectIds);
	}

	/** Each logged revision of a case, with its entry and the content it hashes, by revision number. */
	Map<Integer, LoggedSubject> caseRevisions(CaseId id) {
		return ledger.loggedRevisions(this, id.value(), cases.lastRevision(id));
	}

	/** A log entry's registration, with its entry and the content it hashes, once logged. */
	Optional<LoggedSubject> logEntry(LogEntryId id) {
		return logged(id.toString());
	}

	/** A guarantor's confirmation or dispute of a log entry, with its entry and the content it hashes, once logged. */
	Optional<LoggedSubject> crossCheck(LogEntryId id, DelegationCode guarantor) {
		return logged(id + "/" + guarantor);
	}

	private Optional<LoggedSubject> logged(String subject) {
		return ledger.logged(this, List.of(subject)).stream().findFirst();
	}
}
