package org.truce.ledger;

import java.util.Optional;
import java.util.UUID;

/** The subject of an entry that logs one revision of a record kept in revisions: {@code <record id>/<revision>}. */
public record RevisionSubject(UUID id, int revision) {

	/** The subject named by an entry, if it is of this form; anything else names no revision. */
	public static Optional<RevisionSubject> parse(String subjectId) {
		var parts = subjectId.split("/", 2);
		if (parts.length != 2 || !parts[1].matches("\\d{1,9}")) {
			return Optional.empty();
		}
		try {
			return Optional.of(new RevisionSubject(UUID.fromString(parts[0]), Integer.parseInt(parts[1])));
		}
		catch (IllegalArgumentException notAnId) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return id + "/" + revision;
	}
}
