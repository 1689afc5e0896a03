package org.truce.verification;

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
 * Verification's side of the ledger: every revision of every case ({@code <case id>/<revision>}), every log entry
 * ({@code <entry id>}) and every confirmation or dispute ({@code <entry id>/<guarantor>}) is logged as it is written,
 * its salt kept in its row, so that the log can be checked against what is stored.
 */
@Component
class VerificationLedger implements LedgerSubjects {

	private static final Set<String> CASE_TYPES = Arrays.stream(CaseChange.values()).map(CaseChange::ledgerType)
		.collect(Collectors.toUnmodifiableSet());

	private final JdbcCaseStore cases;
	private final JdbcGuarantorLogStore logs;

	VerificationLedger(JdbcCaseStore cases, JdbcGuarantorLogStore logs) {
		this.cases = cases;
		this.logs = logs;
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
}
