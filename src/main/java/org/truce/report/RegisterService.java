package org.truce.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.AccessLog;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;

@Service
@Transactional
class RegisterService implements ReportRegister {

	static final String SUBJECT_TYPE = "report";
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private final JdbcReportStore store;
	private final ReportLedger ledger;
	private final ReportDraftChecker checker;
	private final AccessLog accessLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RegisterService(JdbcReportStore store, ReportLedger ledger, ReportDraftChecker checker, AccessLog accessLog,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.ledger = ledger;
		this.checker = checker;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Filing file(ReportDraft draft, Viewer.Member filer, @Nullable String idempotencyKey) {
		ReportRegister.requireMayFile(filer);
		if (idempotencyKey != null && !IDEMPOTENCY_KEY.matcher(idempotencyKey).matches()) {
			throw new InvalidInputException("Idempotency-Key", "must be 1 to 200 visible ASCII characters");
		}
		var requestHash = sha256(draft.toString());
		if (idempotencyKey != null) {
			var prior = repeatOf(filer, idempotencyKey, requestHash);
			if (prior != null) {
				return prior;
			}
		}
		var kind = filer.role() == Role.MONITOR ? SourceKind.MONITOR_TEAM : SourceKind.DELEGATION;
		var report = Report.file(filer.delegation(), kind, null, checker.check(draft), clock.instant());
		if (!store.insertReport(report, filer.username(), idempotencyKey, requestHash)) {
			var prior = idempotencyKey == null ? null : repeatOf(filer, idempotencyKey, requestHash);
			if (prior == null) {
				throw new IllegalStateException("A new report collided with an existing one");
			}
			return prior;
		}
		var recorded = record(report, filer.username(), ReportLedger.FILED);
		return new Filing(recorded.report(), true, recorded.ledgerTicket());
	}

	@Override
	public Filing importReport(ReportDraft draft, DelegationCode source, SourceKind kind, String externalRef) {
		var existing = store.findByExternalRef(externalRef);
		if (existing.isPresent()) {
			return earlier(existing.get());
		}
		var report = Report.file(source, kind, externalRef, checker.check(draft), clock.instant());
		if (!store.insertReport(report, "import", null, null)) {
			return earlier(store.findByExternalRef(externalRef).orElseThrow());
		}
		var recorded = record(report, "import", ReportLedger.FILED);
		return new Filing(recorded.report(), true, recorded.ledgerTicket());
	}

	@Override
	public Recorded amend(ReportId id, ReportDraft draft, String reason, @Nullable Integer expectedRevision,
			Viewer.Member by) {
		var report = lockVisible(id, by);
		if (expectedRevision != null && expectedRevision != report.current().number()) {
			throw new ConflictException("The report is at revision " + report.current().number() + ", not " + expectedRevision
					+ "; reload it and amend again");
		}
		report.amend(checker.check(draft), reason, by, clock.instant());
		return record(report, by.username(), ReportLedger.AMENDED);
	}

	@Override
	public Recorded raiseConfidentiality(ReportId id, Confidentiality level, String reason, Viewer.Member by) {
		var report = lockVisible(id, by);
		report.raiseConfidentiality(level, reason, by, clock.instant());
		return record(report, by.username(), ReportLedger.CONFIDENTIALITY_RAISED);
	}

	@Override
	public ReportDetails get(ReportId id, Viewer viewer) {
		var report = store.find(id).filter(r -> r.visibleTo(viewer)).orElseThrow(() -> notFound(id));
		recordRead(viewer, report.details());
		return report.details();
	}

	@Override
	public List<ReportRevision> revisions(ReportId id, Viewer viewer) {
		var report = store.find(id).filter(r -> r.visibleTo(viewer)).orElseThrow(() -> notFound(id));
		recordRead(viewer, report.details());
		return store.revisions(id);
	}

	@Override
	public Map<Integer, LoggedSubject> ledgerEntries(ReportId id, Viewer viewer) {
		var report = store.find(id).filter(r -> r.visibleTo(viewer)).orElseThrow(() -> notFound(id));
		recordRead(viewer, report.details());
		return ledger.logged(id, report.current().number());
	}

	@Override
	public ReportPage list(ReportQuery query, Viewer viewer) {
		var page = store.list(query, viewer);
		page.items().forEach(report -> recordRead(viewer, report));
		return page;
	}

	private @Nullable Filing repeatOf(Viewer.Member filer, String idempotencyKey, byte[] requestHash) {
		return store.findByIdempotencyKey(filer.delegation(), idempotencyKey).map(prior -> {
			if (prior.requestHash() != null && !Arrays.equals(prior.requestHash(), requestHash)) {
				throw new InvalidInputException("Idempotency-Key", "was already used for a different report");
			}
			return earlier(prior.id());
		}).orElse(null);
	}

	/** Writes the report's new current revision with its ledger entry, in this transaction, and announces it. */
	private Recorded record(Report report, String by, String entryType) {
		var stamp = ledger.log(report, entryType);
		store.appendRevision(report, by, stamp);
		publish(report);
		return new Recorded(report.details(), stamp.ticket());
	}

	/** A report filed before, with the ticket of its filing's ledger entry. */
	private Filing earlier(ReportId id) {
		return new Filing(load(id).details(), false, store.ledgerTicket(id, 1).orElse(null));
	}

	private Report lockVisible(ReportId id, Viewer viewer) {
		return store.lock(id).filter(r -> r.visibleTo(viewer)).orElseThrow(() -> notFound(id));
	}

	private Report load(ReportId id) {
		return store.find(id).orElseThrow(() -> notFound(id));
	}

	private void recordRead(Viewer viewer, ReportDetails report) {
		accessLog.recordRead(viewer, SUBJECT_TYPE, report.id().value(), report.content().confidentiality(),
				report.sourceDelegation());
	}

	private void publish(Report report) {
		report.takeEvents().forEach(events::publishEvent);
	}

	private static NotFoundException notFound(ReportId id) {
		return new NotFoundException("report", id);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}
}
