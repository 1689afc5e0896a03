package org.truce.report;

import java.time.Instant;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/** A report gained a revision: an amendment of its content, or a raised confidentiality level. */
public record ReportAmended(ReportId reportId, int revision, DelegationCode amendedBy, Confidentiality confidentiality,
		Instant amendedAt) {
}
