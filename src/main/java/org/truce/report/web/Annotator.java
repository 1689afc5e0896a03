package org.truce.report.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.truce.core.Viewer;
import org.truce.report.ReportAnnotation;
import org.truce.report.ReportAnnotations;
import org.truce.report.ReportId;

/** Gathers what the downstream modules add to the reports shown: asks every {@link ReportAnnotations} once per answer. */
@Component
class Annotator {

	private final ObjectProvider<ReportAnnotations> sources;

	Annotator(ObjectProvider<ReportAnnotations> sources) {
		this.sources = sources;
	}

	/** @param reports reports the viewer may see */
	Map<ReportId, List<ReportAnnotation>> annotate(Collection<ReportId> reports, Viewer viewer) {
		var annotations = new HashMap<ReportId, List<ReportAnnotation>>();
		if (reports.isEmpty()) {
			return annotations;
		}
		sources.orderedStream().forEach(source -> source.annotate(reports, viewer)
			.forEach((report, found) -> annotations.computeIfAbsent(report, id -> new ArrayList<>()).addAll(found)));
		return annotations;
	}

	/** The annotations as JSON fields. */
	static Map<String, Object> fields(List<ReportAnnotation> annotations) {
		var fields = new HashMap<String, Object>();
		annotations.forEach(annotation -> fields.put(annotation.field(), annotation.value()));
		return fields;
	}
}
