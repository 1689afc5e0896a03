package org.truce.verification;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;

/**
 * The guarantors' parallel logs of violations, as real joint commissions keep them: each guarantor's own count, and
 * which entries the others confirmed or disputed. Read by guarantors and the secretariat only.
 */
public interface GuarantorLog {

	Recorded<GuarantorLogEntry> register(UUID incident, String note, Viewer.Member by);

	Recorded<CrossCheck> crossCheck(LogEntryId entry, Verdict verdict, String reason, Viewer.Member by);

	GuarantorLogEntry get(LogEntryId entry, Viewer viewer);

	/** The ledger entry of the entry's registration, with the content its hash covers and the salt, to the log's readers. */
	LoggedSubject ledgerEntry(LogEntryId entry, Viewer viewer);

	/**
	 * The ledger entry of a guarantor's confirmation or dispute of the entry, with the content it hashes, to the log's
	 * readers.
	 */
	LoggedSubject crossCheckLedgerEntry(LogEntryId entry, DelegationCode guarantor, Viewer viewer);

	List<GuarantorLogEntry> entries(@Nullable DelegationCode guarantor, @Nullable UUID incident, @Nullable LocalDate from,
			@Nullable LocalDate to, @Nullable String admin1, Viewer viewer);

	/** The status of an entry among the guarantors of the agreement in force on its incident's day. */
	LogEntryStatus status(GuarantorLogEntry entry);

	/** The joint commission's daily table: per day, governorate and guarantor. */
	List<DailyCount> daily(LocalDate from, LocalDate to, Viewer viewer);

	/** Entries a guarantor logged for one day and governorate, how many the others all confirmed, how many are disputed. */
	record DailyCount(LocalDate day, String admin1Pcode, DelegationCode guarantor, int logged, int crossConfirmed, int disputed) {
	}
}
