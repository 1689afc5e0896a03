package org.truce.verification.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.core.DelegationCode;
import org.truce.core.EnumInput;
import org.truce.core.InvalidInputException;
import org.truce.core.Links;
import org.truce.core.MalformedInputException;
import org.truce.identity.CurrentViewer;
import org.truce.ledger.Ledger;
import org.truce.ledger.LoggedSubject;
import org.truce.verification.CrossCheck;
import org.truce.verification.GuarantorLog;
import org.truce.verification.GuarantorLogEntry;
import org.truce.verification.LogEntryId;
import org.truce.verification.LogEntryStatus;
import org.truce.verification.Verdict;

/** The guarantors' logs: registering incidents as violations, confirming or disputing the others', and the daily table. */
@RestController
@RequestMapping("/api/v1/guarantor-log")
class GuarantorLogController {

	private static final int LONGEST_TABLE_DAYS = 366;

	private final GuarantorLog log;
	private final CurrentViewer viewer;
	private final Ledger ledger;

	GuarantorLogController(GuarantorLog log, CurrentViewer viewer, Ledger ledger) {
		this.log = log;
		this.viewer = viewer;
		this.ledger = ledger;
	}

	@PostMapping
	ResponseEntity<Receipted<EntryView>> register(@RequestBody RegisterRequest request) {
		if (request.incidentId() == null) {
			throw new InvalidInputException("incidentId", "is required");
		}
		var entry = log.register(request.incidentId(), request.note() == null ? "" : request.note(), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/guarantor-log/{id}", entry.value().id()))
			.body(new Receipted<>(view(entry.value()), ledger.receiptFor(entry.ticket())));
	}

	@PostMapping("/{id}/confirmations")
	ResponseEntity<Receipted<CrossCheck>> crossCheck(@PathVariable UUID id, @RequestBody CrossCheckRequest request) {
		var verdict = EnumInput.parse("verdict", request.verdict(), Verdict.class);
		var check = log.crossCheck(new LogEntryId(id), verdict, request.reason() == null ? "" : request.reason(), viewer.member());
		return ResponseEntity.created(Links.to("/api/v1/guarantor-log/{id}", id)).body(Receipted.of(check, ledger));
	}

	@GetMapping("/{id}")
	EntryView get(@PathVariable UUID id) {
		return view(log.get(new LogEntryId(id), viewer.get()));
	}

	/** The registration's ledger entry with the exact content its hash covers and the salt: enough to recompute the hash. */
	@GetMapping("/{id}/ledger")
	LoggedSubject.Check ledger(@PathVariable UUID id) {
		return log.ledgerEntry(new LogEntryId(id), viewer.get()).check();
	}

	/** The ledger entry of a guarantor's confirmation or dispute, with the exact content its hash covers and the salt. */
	@GetMapping("/{id}/confirmations/{guarantor}/ledger")
	LoggedSubject.Check crossCheckLedger(@PathVariable UUID id, @PathVariable String guarantor) {
		if (!DelegationCode.isValid(guarantor)) {
			throw new MalformedInputException("guarantor", "must be a delegation code such as RU");
		}
		return log.crossCheckLedgerEntry(new LogEntryId(id), new DelegationCode(guarantor), viewer.get()).check();
	}

	@GetMapping
	EntryList list(@RequestParam(required = false) @Nullable String guarantor,
			@RequestParam(required = false) @Nullable UUID incidentId, @RequestParam(required = false) @Nullable LocalDate from,
			@RequestParam(required = false) @Nullable LocalDate to, @RequestParam(required = false) @Nullable String admin1) {
		if (guarantor != null && !DelegationCode.isValid(guarantor)) {
			throw new InvalidInputException("guarantor", "must be a delegation code such as RU");
		}
		var entries = log.entries(guarantor == null ? null : new DelegationCode(guarantor), incidentId, from, to, admin1,
				viewer.get());
		return new EntryList(entries.stream().map(this::view).toList(), entries.size());
	}

	@GetMapping("/daily")
	DailyTable daily(@RequestParam LocalDate from, @RequestParam LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInputException("to", "must not be before from");
		}
		if (from.plusDays(LONGEST_TABLE_DAYS).isBefore(to)) {
			throw new InvalidInputException("to", "the table covers at most " + LONGEST_TABLE_DAYS + " days");
		}
		return new DailyTable(from, to, log.daily(from, to, viewer.get()));
	}

	private EntryView view(GuarantorLogEntry entry) {
		return new EntryView(entry.id().value(), entry.incidentId(), entry.guarantor().value(), entry.note(), entry.incidentDay(),
				entry.admin1Pcode(), entry.registeredAt(), log.status(entry), entry.crossChecks());
	}

	record RegisterRequest(@Nullable UUID incidentId, @Nullable String note) {
	}

	record CrossCheckRequest(@Nullable String verdict, @Nullable String reason) {
	}

	record EntryView(UUID id, UUID incidentId, String guarantor, String note, LocalDate incidentDay, String admin1Pcode,
			Instant registeredAt, LogEntryStatus status, List<CrossCheck> crossChecks) {
	}

	record EntryList(List<EntryView> items, int total) {
	}

	record DailyTable(LocalDate from, LocalDate to, List<GuarantorLog.DailyCount> rows) {
	}
}
