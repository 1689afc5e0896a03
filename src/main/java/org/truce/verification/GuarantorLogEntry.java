package org.truce.verification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.truce.core.DelegationCode;

/**
 * An incident a guarantor registered as a violation in its own log, with the other guarantors' confirmations and
 * disputes. The day and governorate are the incident's, as the joint commission's daily table counts them.
 */
public record GuarantorLogEntry(LogEntryId id, UUID incidentId, DelegationCode guarantor, String note,
		Instant incidentStartedAt, String admin1Pcode, Instant registeredAt, List<CrossCheck> crossChecks) {

	public GuarantorLogEntry {
		crossChecks = List.copyOf(crossChecks);
	}

	/** The day, in UTC, the incident is counted on. */
	public LocalDate incidentDay() {
		return LocalDate.ofInstant(incidentStartedAt, ZoneOffset.UTC);
	}

	public LogEntryStatus status(Set<DelegationCode> guarantors) {
		if (crossChecks.stream().anyMatch(c -> c.verdict() == Verdict.DISPUTE)) {
			return LogEntryStatus.DISPUTED;
		}
		var confirmed = crossChecks.stream().map(CrossCheck::guarantor).collect(Collectors.toSet());
		boolean allOthers = guarantors.stream().filter(g -> !g.equals(guarantor)).allMatch(confirmed::contains);
		return allOthers ? LogEntryStatus.CROSS_CONFIRMED : LogEntryStatus.AWAITING;
	}
}
