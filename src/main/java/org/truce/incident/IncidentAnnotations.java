package org.truce.incident;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.truce.core.Viewer;
import org.truce.report.ReportAnnotation;
import org.truce.report.ReportAnnotations;
import org.truce.report.ReportId;

/**
 * Adds each report's incident to the register's answers and pages — through the register's extension point, so that the
 * register needs to know nothing of incidents. A viewer who may see a report may see the incident it counts in.
 */
@Component
class IncidentAnnotations implements ReportAnnotations {

	static final String FIELD = "incidentId";

	private final JdbcIncidentStore store;

	IncidentAnnotations(JdbcIncidentStore store) {
		this.store = store;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<ReportId, List<ReportAnnotation>> annotate(Collection<ReportId> reports, Viewer viewer) {
		return store.memberships(reports).entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
				e -> List.of(new ReportAnnotation(FIELD, e.getValue().toString(), "incident.ofReport", "/incidents/" + e.getValue()))));
	}
}
