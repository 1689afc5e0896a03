package org.truce.report;

import java.util.Optional;

/**
 * The register as the mechanism's own processing reads it — correlation, checks — for no viewer. What it returns must
 * never be shown to anyone as such: every read on a person's behalf goes through {@link ReportRegister}, which applies
 * the viewer's rights and logs the read.
 */
public interface ReportFeed {

	/** The report as it now stands, whatever its level. */
	Optional<ReportDetails> find(ReportId id);
}
