package org.truce.humanitarian;

import java.time.Instant;
import java.util.List;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/**
 * A humanitarian item with its commitments, as stored and shown.
 *
 * @param statusHistory every move of its status, oldest first
 */
public record HumanitarianItem(HumanitarianItemId id, HumanitarianKind kind, String title, String description,
		DelegationCode raisedBy, Confidentiality confidentiality, HumanitarianStatus status, Instant raisedAt,
		List<Commitment> commitments, List<HumanitarianStatusChange> statusHistory) {

	public HumanitarianItem {
		commitments = List.copyOf(commitments);
		statusHistory = List.copyOf(statusHistory);
	}
}
