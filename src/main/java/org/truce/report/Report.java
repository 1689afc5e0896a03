package org.truce.report;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.core.Viewer;

/**
 * A report and its current revision. Every change adds a revision; none replaces one. The domain verbs guard who may
 * change what: only the source delegation amends, the level is only ever raised, and a reason is always given.
 */
final class Report {

	static final int MAXIMUM_REASON_LENGTH = 2_000;

	private final ReportId id;
	private final DelegationCode source;
	private final SourceKind sourceKind;
	private final @Nullable String externalRef;
	private final Instant filedAt;
	private ReportRevision current;
	private final List<Object> events = new ArrayList<>();

	Report(ReportId id, DelegationCode source, SourceKind sourceKind, @Nullable String externalRef, Instant filedAt,
			ReportRevision current) {
		this.id = id;
		this.source = source;
		this.sourceKind = sourceKind;
		this.externalRef = externalRef;
		this.filedAt = filedAt.truncatedTo(ChronoUnit.MICROS);
		this.current = current;
	}

	static Report file(DelegationCode source, SourceKind kind, @Nullable String externalRef, ReportContent content, Instant at) {
		var report = new Report(ReportId.random(), source, kind, externalRef, at, new ReportRevision(1, at, source, null, content));
		report.events.add(new ReportFiled(report.id, source, content.category(), content.confidentiality(), at));
		return report;
	}

	ReportRevision amend(ReportContent content, String reason, Viewer.Member by, Instant at) {
		if (!by.owns(source)) {
			throw new ForbiddenException("Only the delegation that filed a report may amend it");
		}
		if (content.confidentiality().compareTo(current.content().confidentiality()) < 0) {
			throw new InvalidInputException("confidentiality",
					"can only be raised: the report is " + current.content().confidentiality());
		}
		return addRevision(content, reason, by, at);
	}

	ReportRevision raiseConfidentiality(Confidentiality level, String reason, Viewer.Member by, Instant at) {
		if (!by.owns(source) && by.role() != Role.SECRETARIAT) {
			throw new ForbiddenException("Only the delegation that filed a report, or the secretariat, may raise its level");
		}
		if (!level.isNarrowerThan(current.content().confidentiality())) {
			throw new InvalidInputException("confidentiality",
					"must be narrower than the report's current level, " + current.content().confidentiality());
		}
		return addRevision(current.content().withConfidentiality(level), reason, by, at);
	}

	private ReportRevision addRevision(ReportContent content, String reason, Viewer.Member by, Instant at) {
		if (reason.isBlank()) {
			throw new InvalidInputException("reason", "is required: say why the report changes");
		}
		if (reason.length() > MAXIMUM_REASON_LENGTH) {
			throw new InvalidInputException("reason", "must be at most " + MAXIMUM_REASON_LENGTH + " characters");
		}
		current = new ReportRevision(current.number() + 1, at, by.delegation(), reason.strip(), content);
		events.add(new ReportAmended(id, current.number(), by.delegation(), content.confidentiality(), at));
		return current;
	}

	boolean visibleTo(Viewer viewer) {
		return viewer.canSee(current.content().confidentiality(), source);
	}

	ReportDetails details() {
		return new ReportDetails(id, source, sourceKind, externalRef, filedAt, current.recordedAt(), current.number(),
				current.content());
	}

	/** The events raised since the report was loaded or filed, handed over once. */
	List<Object> takeEvents() {
		var taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	ReportId id() {
		return id;
	}

	DelegationCode source() {
		return source;
	}

	ReportRevision current() {
		return current;
	}
}
