package org.truce.ledger;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

import org.truce.core.DelegationCode;

/**
 * One change to log: what happened ({@code type}, e.g. {@code report.filed}) to which subject, by which delegation,
 * when, and the subject's content — of which only the salted hash leaves the domain module.
 *
 * @param subjectId identifies the state recorded, for the owning module to find again when the log is verified, e.g. a
 *        report's id and revision
 * @param time when the change happened; kept to the microsecond, as the database keeps it
 */
public record LedgerRecord(String type, String subjectId, DelegationCode delegation, Instant time, SubjectContent content) {

	private static final Pattern TYPE = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");
	private static final int MAXIMUM_SUBJECT_ID_LENGTH = 200;

	public LedgerRecord {
		if (!TYPE.matcher(type).matches()) {
			throw new IllegalArgumentException("An entry type is dotted lower-case words such as report.filed, not " + type);
		}
		if (subjectId.isBlank() || subjectId.length() > MAXIMUM_SUBJECT_ID_LENGTH) {
			throw new IllegalArgumentException("A subject id is 1 to " + MAXIMUM_SUBJECT_ID_LENGTH + " characters");
		}
		time = time.truncatedTo(ChronoUnit.MICROS);
	}
}
