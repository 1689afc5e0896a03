package org.truce.humanitarian;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.Viewer;

/**
 * Humanitarian items and the parties' commitments. Any delegation but an observer raises an item; a party commits for
 * itself (the secretariat may record a party's commitment made in a meeting); the secretariat or a guarantor records a
 * commitment as met; the secretariat or the raising delegation moves the item's status.
 */
public interface HumanitarianItems {

	HumanitarianItem raise(HumanitarianKind kind, String title, String description, @Nullable Confidentiality level,
			Viewer.Member by);

	HumanitarianItem commit(HumanitarianItemId item, DelegationCode party, String text, Instant dueAt, Viewer.Member by);

	HumanitarianItem markMet(HumanitarianItemId item, UUID commitment, @Nullable String note, Viewer.Member by);

	HumanitarianItem changeStatus(HumanitarianItemId item, HumanitarianStatus status, String reason, Viewer.Member by);

	HumanitarianItem get(HumanitarianItemId item, Viewer viewer);

	List<HumanitarianItem> visibleTo(Viewer viewer);

	/** Seeding: raises the item unless one of the same title exists; returns it either way. */
	HumanitarianItem seed(HumanitarianKind kind, String title, String description, Confidentiality level, DelegationCode raisedBy);

	/** Seeding: records the commitment unless the party already made one with the same text. */
	HumanitarianItem seedCommitment(HumanitarianItemId item, DelegationCode party, String text, Instant dueAt,
			@Nullable Instant metAt);
}
