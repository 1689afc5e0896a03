package org.truce.humanitarian;

import java.time.Instant;
import java.util.List;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/** A humanitarian item with its commitments, as stored and shown. */
public record HumanitarianItem(HumanitarianItemId id, HumanitarianKind kind, String title, String description,
		DelegationCode raisedBy, Confidentiality confidentiality, HumanitarianStatus status, Instant raisedAt,
		List<Commitment> commitments) {

	public HumanitarianItem {
		commitments = List.copyOf(commitments);
	}
}
