package org.truce.humanitarian;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;
import org.truce.ledger.Recorded;

/**
 * Humanitarian items and the parties' commitments. Any delegation but an observer raises an item; a party commits for
 * itself (the secretariat may record a party's commitment made in a meeting); the secretariat or a guarantor records a
 * commitment as met; the secretariat or the raising delegation moves the item's status. Each change is logged in the
 * ledger with it, and answers with the ticket of its entry. An item the viewer may not see is not found, on every path,
 * exactly as a missing one.
 */
public interface HumanitarianItems {

	Recorded<HumanitarianItem> raise(HumanitarianKind kind, String title, String description, @Nullable Confidentiality level,
			Viewer.Member by);

	Recorded<HumanitarianItem> commit(HumanitarianItemId item, DelegationCode party, String text, Instant dueAt,
			Viewer.Member by);

	Recorded<HumanitarianItem> markMet(HumanitarianItemId item, UUID commitment, @Nullable String note, Viewer.Member by);

	Recorded<HumanitarianItem> changeStatus(HumanitarianItemId item, HumanitarianStatus status, String reason, Viewer.Member by);

	HumanitarianItem get(HumanitarianItemId item, Viewer viewer);

	List<HumanitarianItem> visibleTo(Viewer viewer);

	/** The ledger entry of the item's raising, with the content its hash covers and the salt: to whoever may see the item. */
	LoggedSubject raisedLedgerEntry(HumanitarianItemId item, Viewer viewer);

	/** The ledger entry of the item's {@code number}th status change (from 1), to whoever may see the item. */
	LoggedSubject statusLedgerEntry(HumanitarianItemId item, int number, Viewer viewer);

	/** The ledger entry of a commitment made on the item, to whoever may see the item. */
	LoggedSubject commitmentLedgerEntry(HumanitarianItemId item, UUID commitment, Viewer viewer);

	/** The ledger entry of the commitment's being recorded as met, to whoever may see the item. */
	LoggedSubject metLedgerEntry(HumanitarianItemId item, UUID commitment, Viewer viewer);

	/** Seeding: raises the item unless one of the same title exists; returns it either way. */
	HumanitarianItem seed(HumanitarianKind kind, String title, String description, Confidentiality level, DelegationCode raisedBy);

	/**
	 * Seeding: records the party's commitment, and that it was met when {@code metAt} says so, unless the party already
	 * made one with the same text.
	 */
	HumanitarianItem seedCommitment(HumanitarianItemId item, DelegationCode party, String text, Instant dueAt,
			@Nullable Instant metAt);
}
