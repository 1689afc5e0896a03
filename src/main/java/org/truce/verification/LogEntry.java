package org.truce.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.core.Viewer;

/**
 * A guarantor's log entry as an aggregate: registered by a guarantor, then confirmed or disputed by each other
 * guarantor once, with a reason. Nothing is withdrawn: a dispute stays on record next to the confirmations.
 */
final class LogEntry {

	static final int MAXIMUM_TEXT_LENGTH = 5_000;

	private GuarantorLogEntry state;
	private final List<Object> events = new ArrayList<>();

	LogEntry(GuarantorLogEntry state) {
		this.state = state;
	}

	static LogEntry register(UUID incident, Instant incidentStartedAt, String admin1Pcode, String note, Viewer.Member by,
			Set<DelegationCode> guarantors, Instant at) {
		requireGuarantor(by, guarantors, "keep a log");
		var entry = new LogEntry(new GuarantorLogEntry(new LogEntryId(UUID.randomUUID()), incident, by.delegation(),
				optional(note), incidentStartedAt, admin1Pcode, at, List.of()));
		entry.events.add(new LogEntryRegistered(entry.state.id(), incident, by.delegation(), at));
		return entry;
	}

	CrossCheck crossCheck(Verdict verdict, String reason, Viewer.Member by, Set<DelegationCode> guarantors, Instant at) {
		requireGuarantor(by, guarantors, "confirm or dispute log entries");
		if (by.delegation().equals(state.guarantor())) {
			throw new ConflictException("A guarantor does not confirm or dispute its own log entry");
		}
		if (state.crossChecks().stream().anyMatch(c -> c.guarantor().equals(by.delegation()))) {
			throw new ConflictException(by.delegation() + " has already answered this entry");
		}
		if (reason.isBlank()) {
			throw new InvalidInputException("reason", "is required");
		}
		var check = new CrossCheck(by.delegation(), verdict, bounded("reason", reason), at);
		var checks = new ArrayList<>(state.crossChecks());
		checks.add(check);
		state = new GuarantorLogEntry(state.id(), state.incidentId(), state.guarantor(), state.note(), state.incidentStartedAt(),
				state.admin1Pcode(), state.registeredAt(), checks);
		events.add(new LogEntryCrossChecked(state.id(), state.incidentId(), by.delegation(), verdict, at));
		return check;
	}

	GuarantorLogEntry snapshot() {
		return state;
	}

	List<Object> takeEvents() {
		var taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	private static void requireGuarantor(Viewer.Member by, Set<DelegationCode> guarantors, String action) {
		if (by.role() != Role.GUARANTOR || !guarantors.contains(by.delegation())) {
			throw new ForbiddenException("Only the agreement's guarantors " + action);
		}
	}

	private static String optional(String note) {
		return note.isBlank() ? "" : bounded("note", note);
	}

	private static String bounded(String field, String text) {
		if (text.length() > MAXIMUM_TEXT_LENGTH) {
			throw new InvalidInputException(field, "must be at most " + MAXIMUM_TEXT_LENGTH + " characters");
		}
		return text.strip();
	}
}
