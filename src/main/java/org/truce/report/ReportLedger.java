package org.truce.report;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerRecord;
import org.truce.ledger.LedgerSubjects;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.SubjectContent;

/**
 * The register's side of the ledger: every revision of a report is logged, in the transaction that writes it, under the
 * subject {@code <report id>/<revision>}; its content hash covers the revision's whole content and who made it, and
 * its salt is kept in the revision's row, so that the log can be checked against the register at any time — by
 * {@code truce ledger verify}, and by any reader of the report through the revision's entry and content.
 */
@Component
class ReportLedger implements LedgerSubjects {

	static final String FILED = "report.filed";
	static final String AMENDED = "report.amended";
	static final String CONFIDENTIALITY_RAISED = "report.confidentiality-raised";

	private final Ledger ledger;
	private final JdbcReportStore store;

	ReportLedger(Ledger ledger, JdbcReportStore store) {
		this.ledger = ledger;
		this.store = store;
	}

	/** Records the report's current revision in the ledger, in the caller's transaction. */
	Stamp log(Report report, String type) {
		var revision = report.current();
		var content = SubjectContent.salted(content(report));
		var ticket = ledger.record(new LedgerRecord(type, subjectId(report.id(), revision.number()), revision.recordedBy(),
				revision.recordedAt(), content));
		return new Stamp(content.salt(), ticket);
	}

	@Override
	public Set<String> types() {
		return Set.of(FILED, AMENDED, CONFIDENTIALITY_RAISED);
	}

	@Override
	public Map<String, SubjectContent> contents(String type, Collection<String> subjectIds) {
		var keys = subjectIds.stream().map(ReportLedger::revisionKey).filter(java.util.Objects::nonNull).toList();
		var contents = new HashMap<String, SubjectContent>();
		for (var logged : store.logged(keys)) {
			if (logged.salt() != null) {
				var report = logged.report();
				contents.put(subjectId(report.id(), report.current().number()), content(logged.salt(), report));
			}
		}
		return contents;
	}

	/** Each logged revision of a report up to the given one, with its entry and the content it hashes, by revision number. */
	Map<Integer, LoggedSubject> logged(ReportId id, int lastRevision) {
		var keys = IntStream.rangeClosed(1, lastRevision).mapToObj(n -> new JdbcReportStore.RevisionKey(id, n)).toList();
		var contents = new HashMap<LedgerTicket, SubjectContent>();
		var revisions = new HashMap<LedgerTicket, Integer>();
		for (var logged : store.logged(keys)) {
			if (logged.salt() != null && logged.ticket() != null) {
				contents.put(logged.ticket(), content(logged.salt(), logged.report()));
				revisions.put(logged.ticket(), logged.report().current().number());
			}
		}
		var byRevision = new TreeMap<Integer, LoggedSubject>();
		ledger.logged(contents).forEach((ticket, subject) -> byRevision.put(revisions.get(ticket), subject));
		return byRevision;
	}

	private static SubjectContent content(byte[] salt, Report report) {
		return SubjectContent.of(salt, content(report));
	}

	static String subjectId(ReportId id, int revision) {
		return id.value() + "/" + revision;
	}

	private static JdbcReportStore.@Nullable RevisionKey revisionKey(String subjectId) {
		int slash = subjectId.indexOf('/');
		try {
			return new JdbcReportStore.RevisionKey(new ReportId(UUID.fromString(subjectId.substring(0, slash))),
					Integer.parseInt(subjectId.substring(slash + 1)));
		}
		catch (IllegalArgumentException | IndexOutOfBoundsException e) {
			return null;
		}
	}

	/** Everything a revision records, by field: what the content hash commits to. */
	static Map<String, @Nullable Object> content(Report report) {
		var details = report.details();
		var revision = report.current();
		var content = revision.content();
		var location = content.location();
		var admin = location.admin();
		Map<String, @Nullable Object> fields = new LinkedHashMap<>();
		fields.put("report", details.id().value().toString());
		fields.put("sourceDelegation", details.sourceDelegation().value());
		fields.put("sourceKind", details.sourceKind().name());
		fields.put("externalRef", details.externalRef());
		fields.put("filedAt", details.filedAt().toString());
		fields.put("revision", revision.number());
		fields.put("recordedAt", revision.recordedAt().toString());
		fields.put("recordedBy", revision.recordedBy().value());
		fields.put("reason", revision.reason());
		fields.put("occurredFrom", content.occurredFrom().toString());
		fields.put("occurredTo", content.occurredTo().toString());
		fields.put("timePrecision", content.timePrecision().name());
		fields.put("lat", location.point().lat());
		fields.put("lon", location.point().lon());
		fields.put("locationPrecision", location.precision().name());
		fields.put("placeName", location.placeName());
		fields.put("placePcode", location.placePcode());
		fields.put("admin1Pcode", admin.admin1Pcode());
		fields.put("admin1Name", admin.admin1Name());
		fields.put("admin2Pcode", admin.admin2Pcode());
		fields.put("admin2Name", admin.admin2Name());
		fields.put("admin3Pcode", admin.admin3Pcode());
		fields.put("admin3Name", admin.admin3Name());
		fields.put("category", content.category().name());
		fields.put("allegedPerpetrator", content.allegedPerpetrator() == null ? null : content.allegedPerpetrator().value().toString());
		fields.put("target", content.target() == null ? null : content.target().value().toString());
		fields.put("killed", content.casualties().killed());
		fields.put("injured", content.casualties().injured());
		fields.put("civiliansKilled", content.casualties().civiliansKilled());
		fields.put("observedBy", content.observedBy().name());
		fields.put("narrative", content.narrative());
		fields.put("confidentiality", content.confidentiality().name());
		return fields;
	}

	/** What a logged revision keeps of its ledger entry: the salt of its content hash, and the ticket for its receipt. */
	record Stamp(byte[] salt, LedgerTicket ticket) {
	}
}
