package org.truce.incident;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;
import org.truce.agreement.Actors;
import org.truce.agreement.AdminAreas;
import org.truce.agreement.DesignationKind;
import org.truce.agreement.ZoneKind;
import org.truce.agreement.Zones;
import org.truce.core.Viewer;
import org.truce.report.ReportDetails;
import org.truce.report.ReportId;

/**
 * The scope pre-assessment: the rules that put an incident outside the truce, applied to each report a viewer may see of
 * it — the affected side designated excluded from the truce for the whole of the report's window, the place in an
 * excluded-control zone in force for all of it, the place outside the agreement's area. A rule that fires for several
 * reports on the same data is one reason naming them all. A zone is named only to viewers who may see it; one they may
 * not see is left out of their assessment altogether, so that nobody learns of a hidden zone from it.
 */
@Component
class ScopeAssessor {

	private final Actors actors;
	private final Zones zones;
	private final AdminAreas adminAreas;

	ScopeAssessor(Actors actors, Zones zones, AdminAreas adminAreas) {
		this.actors = actors;
		this.zones = zones;
		this.adminAreas = adminAreas;
	}

	ScopeAssessment assess(List<ReportDetails> reports, Viewer viewer) {
		var findings = new LinkedHashMap<Object, Finding>();
		for (var report : reports) {
			var content = report.content();
			var target = content.target();
			var actor = target == null ? null : actors.find(target).orElse(null);
			if (actor != null) {
				var atEnd = actors.designationsAt(actor.id(), content.occurredTo());
				for (var designation : actors.designationsAt(actor.id(), content.occurredFrom())) {
					if (designation.kind() == DesignationKind.EXCLUDED_FROM_TRUCE && atEnd.contains(designation)) {
						findings.computeIfAbsent(designation.id(),
								key -> new Finding(ids -> new ScopeReason.ExcludedActor(ids, actor.id(), actor.name(), designation)))
							.reports().add(report.id());
					}
				}
			}
			var point = content.location().point();
			var atEnd = zones.zonesContaining(point, content.occurredTo());
			for (var zone : zones.zonesContaining(point, content.occurredFrom())) {
				if (zone.kind() == ZoneKind.EXCLUDED_CONTROL && atEnd.contains(zone)
						&& viewer.canSee(zone.confidentiality(), zone.owner())) {
					findings.computeIfAbsent(zone.id(), key -> new Finding(ids -> new ScopeReason.ExcludedControlZone(ids, zone)))
						.reports().add(report.id());
				}
			}
			if (!adminAreas.withinAgreementArea(point)) {
				findings.computeIfAbsent(report.id(), key -> new Finding(ids -> new ScopeReason.OutsideAgreementArea(ids, point)))
					.reports().add(report.id());
			}
		}
		return ScopeAssessment.of(findings.values().stream().map(Finding::reason).toList());
	}

	/** A rule that fired on some data, and the reports it fired for. */
	private record Finding(Function<List<ReportId>, ScopeReason> reasonFor, List<ReportId> reports) {

		Finding(Function<List<ReportId>, ScopeReason> reasonFor) {
			this(reasonFor, new ArrayList<>());
		}

		ScopeReason reason() {
			return reasonFor.apply(reports);
		}
	}
}
