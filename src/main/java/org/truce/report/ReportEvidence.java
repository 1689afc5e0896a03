package org.truce.report;

import java.io.InputStream;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;

/**
 * Evidence attached to reports: only the delegation that filed a report attaches to it, at the report's level or a
 * narrower one; a viewer sees a report's evidence only if it sees the report and the file.
 */
public interface ReportEvidence {

	Evidence attach(ReportId report, String filename, @Nullable String description, @Nullable Confidentiality level,
			InputStream content, Viewer.Member by);

	List<Evidence> of(ReportId report, Viewer viewer);

	EvidenceFile open(ReportId report, EvidenceId evidence, Viewer viewer);

	LoggedSubject ledgerEntry(ReportId report, EvidenceId evidence, Viewer viewer);
}
