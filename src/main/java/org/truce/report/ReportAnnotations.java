package org.truce.report;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.truce.core.Viewer;

/**
 * What a downstream module knows about reports, shown with them although the register does not depend on that module:
 * the register's API and pages ask every implementation and add its annotations to the reports they show. The
 * incident module, for one, adds each report's incident.
 */
public interface ReportAnnotations {

	/**
	 * @param reports reports the viewer may see
	 * @return by report, the annotations for those of the reports this module knows something about
	 */
	Map<ReportId, List<ReportAnnotation>> annotate(Collection<ReportId> reports, Viewer viewer);
}
