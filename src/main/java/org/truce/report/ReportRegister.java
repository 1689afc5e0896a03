package org.truce.report;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.LoggedSubject;

/**
 * The register of reports. Every read is on behalf of a viewer and answers only what the viewer may see; a report
 * the viewer may not see is not found, exactly as a missing one.
 */
public interface ReportRegister {

	/** Every role but the observers', who read the register, may file reports: they are forbidden to (403). */
	static void requireMayFile(Viewer.Member member) {
		if (member.role() == Role.OBSERVER) {
			throw new ForbiddenException("Observers read the register; they do not file reports");
		}
	}

	/**
	 * Files a report for the filer's delegation; an observer is forbidden to. A repeated idempotency key from the same delegation returns the report
	 * first filed with it and creates nothing.
	 */
	Filing file(ReportDraft draft, Viewer.Member filer, @Nullable String idempotencyKey);

	/** Records a report from a dataset for a delegation; a record already imported (same reference) is not imported again. */
	Filing importReport(ReportDraft draft, DelegationCode source, SourceKind kind, String externalRef);

	/**
	 * Amends a report of the caller's delegation with a new full content. The level may be kept or raised, never lowered.
	 *
	 * @param expectedRevision when given, the amendment is refused if the report has moved on since
	 */
	Recorded amend(ReportId id, ReportDraft draft, String reason, @Nullable Integer expectedRevision, Viewer.Member by);

	/** Raises a report's confidentiality level; its owner or the secretariat may. */
	Recorded raiseConfidentiality(ReportId id, Confidentiality level, String reason, Viewer.Member by);

	ReportDetails get(ReportId id, Viewer viewer);

	List<ReportRevision> revisions(ReportId id, Viewer viewer);

	/**
	 * Each revision's ledger entry with the content its hash covers and the salt, by revision number, so that whoever
	 * may read the report can check every revision against the log; a revision not logged yet is left out.
	 */
	Map<Integer, LoggedSubject> ledgerEntries(ReportId id, Viewer viewer);

	ReportPage list(ReportQuery query, Viewer viewer);

	/**
	 * The outcome of a filing: the report, whether this call created it, and the ticket for the receipt of its ledger
	 * entry (none only for a report filed before the ledger existed and not yet logged).
	 */
	record Filing(ReportDetails report, boolean created, @Nullable LedgerTicket ledgerTicket) {
	}

	/** A new revision of a report, with the ticket for the receipt of its ledger entry. */
	record Recorded(ReportDetails report, LedgerTicket ledgerTicket) {
	}
}
