package org.truce.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.AccessLog;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;

@Service
@Transactional
class RegisterService implements ReportRegister {

	static final String SUBJECT_TYPE = "report";
	private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

	private final JdbcReportStore store;
	private final ReportDraftChecker checker;
	private final AccessLog accessLog;
	private final ApplicationEventPublisher events;
	private final Clock clock;

	RegisterService(JdbcReportStore store, ReportDraftChecker checker, AccessLog accessLog, ApplicationEventPublisher events,
			Clock clock) {
		this.store = store;
		this.checker = checker;
		this.accessLog = accessLog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public Filing file(ReportDraft draft, Viewer.Member filer, @Nullable String idempotencyKey) {
		if (filer.role() == Role.OBSERVER) {
			throw new ForbiddenException("Observers read the register; they do not file reports");
		}
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
		if (!store.insert(report, filer.username(), idempotencyKey, requestHash)) {
			var prior = idempotencyKey == null ? null : repeatOf(filer, idempotencyKey, requestHash);
			if (prior == null) {
				throw new IllegalStateException("A new report collided with an existing one");
			}
			return prior;
		}
		publish(report);
		return new Filing(report.details(), true);
	}

	@Override
	public Filing importReport(ReportDraft draft, DelegationCode source, SourceKind kind, String externalRef) {
		var existing = store.findByExternalRef(externalRef);
		if (existing.isPresent()) {
			return new Filing(load(existing.get()).details(), false);
		}
		var report = Report.file(source, kind, externalRef, checker.check(draft), clock.instant());
		if (!store.insert(report, "import", null, null)) {
			return new Filing(load(store.findByExternalRef(externalRef).orElseThrow()).details(), false);
		}
		publish(report);
		return new Filing(report.details(), true);
	}

	@Override
	public ReportDetails amend(ReportId id, ReportDraft draft, String reason, @Nullable Integer expectedRevision,
			Viewer.Member by) {
		var report = lockVisible(id, by);
		if (expectedRevision != null && expectedRevision != report.current().number()) {
			throw new ConflictException("The report is at revision " + report.current().number() + ", not " + expectedRevision
					+ "; reload it and amend again");
		}
		report.amend(checker.check(draft), reason, by, clock.instant());
		store.appendRevision(report, by.username());
		publish(report);
		return report.details();
	}

	@Override
	public ReportDetails raiseConfidentiality(ReportId id, Confidentiality level, String reason, Viewer.Member by) {
		var report = lockVisible(id, by);
		report.raiseConfidentiality(level, reason, by, clock.instant());
		store.appendRevision(report, by.username());
		publish(report);
		return report.details();
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
			return new Filing(load(prior.id()).details(), false);
		}).orElse(null);
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
