package org.truce.incident;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.Viewer;
import org.truce.incident.correlation.ReportFeatures;
import org.truce.report.ReportDetails;

/**
 * The module's copy of a report: what the engine compares, the governorate lists filter on, and the level and owner
 * that decide who may see it in those lists. Refreshed from the register whenever the report is filed or amended.
 */
record ReportSnapshot(ReportFeatures features, int revision, String admin1Pcode, Confidentiality level) {

	static ReportSnapshot of(ReportDetails report) {
		return new ReportSnapshot(ReportFeatures.of(report), report.revision(),
				report.content().location().admin().admin1Pcode(), report.content().confidentiality());
	}

	/** The delegation that filed it. */
	DelegationCode source() {
		return features.source();
	}

	boolean visibleTo(Viewer viewer) {
		return viewer.canSee(level, source());
	}
}
