package org.truce.agreement.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.Clause;

/** Every version of a clause, oldest first. */
record ClauseHistoryView(String number, List<VersionView> versions) {

	static ClauseHistoryView of(Clause clause) {
		return new ClauseHistoryView(clause.number(), clause.versions().stream()
			.map(v -> new VersionView(v.version(), v.text(), v.effective().from(), clause.effectiveUntil(v),
					v.amendedBy().value(), v.reason(), v.recordedAt()))
			.toList());
	}

	/** @param effectiveTo when this text stopped (or stops) being in force, by its own end or by the next version */
	record VersionView(int version, String text, Instant effectiveFrom, @Nullable Instant effectiveTo, String amendedBy,
			@Nullable String reason, Instant recordedAt) {
	}
}
