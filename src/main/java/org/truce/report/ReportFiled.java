package org.truce.report;

import java.time.Instant;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/** A report entered the register. */
public record ReportFiled(ReportId reportId, DelegationCode sourceDelegation, Category category, Confidentiality confidentiality,
		Instant filedAt) {
}
