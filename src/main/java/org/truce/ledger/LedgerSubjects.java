package org.truce.ledger;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * Implemented by each module that logs entries, so that the log can be verified against the records themselves: given
 * the subjects of entries of its types, the module gives back their content and salt as stored now. A subject it no
 * longer finds is left out of the answer.
 */
public interface LedgerSubjects {

	/** The entry types this module records, e.g. {@code report.filed}. */
	Set<String> types();

	/** The stored content of each subject it still has, by subject id. */
	Map<String, SubjectContent> contents(String type, Collection<String> subjectIds);
}
