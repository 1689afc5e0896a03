package org.truce.incident.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.DesignationKind;
import org.truce.agreement.ZoneKind;
import org.truce.incident.Factor;
import org.truce.incident.HistoryEntry;
import org.truce.incident.IncidentDetails;
import org.truce.incident.IncidentLink;
import org.truce.incident.IncidentProfile;
import org.truce.incident.IncidentStatus;
import org.truce.incident.IncidentSummary;
import org.truce.incident.LinkStatus;
import org.truce.incident.ScopeAssessment;
import org.truce.incident.ScopeReason;
import org.truce.report.Category;
import org.truce.report.ReportDetails;
import org.truce.report.ReportId;

/** An incident as the API shows it to a viewer: only what the viewer's reports say. */
record IncidentResponse(UUID id, IncidentStatus status, Instant openedAt, List<UUID> reportIds, List<LinkView> links,
		TimeWindow timeWindow, Location location, @Nullable String admin1Pcode, List<String> categories, List<UUID> actorIds,
		ScopeView scope, List<HistoryView> history) {

	static IncidentResponse of(IncidentDetails incident) {
		var profile = incident.profile();
		return new IncidentResponse(incident.id().value(), incident.status(), incident.openedAt(),
				incident.reports().stream().map(ReportDetails::id).map(ReportId::value).toList(),
				incident.links().stream().map(LinkView::of).toList(), TimeWindow.of(profile), Location.of(profile),
				profile.admin1Pcode(), codes(profile), actors(profile), ScopeView.of(incident.scope()),
				incident.history().stream().map(HistoryView::of).toList());
	}

	private static List<String> codes(IncidentProfile profile) {
		return profile.categories().stream().map(Category::code).toList();
	}

	private static List<UUID> actors(IncidentProfile profile) {
		return profile.actors().stream().map(a -> a.value()).toList();
	}

	/** An incident in a list. */
	record Summary(UUID id, List<UUID> reportIds, TimeWindow timeWindow, Location location, @Nullable String admin1Pcode,
			List<String> categories) {

		static Summary of(IncidentSummary incident) {
			var profile = incident.profile();
			return new Summary(incident.id().value(), incident.reportIds().stream().map(ReportId::value).toList(),
					TimeWindow.of(profile), Location.of(profile), profile.admin1Pcode(), codes(profile));
		}
	}

	record TimeWindow(Instant from, Instant to) {

		static TimeWindow of(IncidentProfile profile) {
			return new TimeWindow(profile.from(), profile.to());
		}
	}

	record Location(double lat, double lon, double radiusMetres) {

		static Location of(IncidentProfile profile) {
			return new Location(profile.lat(), profile.lon(), profile.radiusMetres());
		}
	}

	record LinkView(UUID reportId, LinkStatus status, boolean counted, @Nullable Double score, List<Factor> explanation,
			Instant proposedAt, @Nullable String decidedBy, @Nullable String decidedByDelegation, @Nullable Instant decidedAt,
			@Nullable String reason) {

		static LinkView of(IncidentLink link) {
			return new LinkView(link.reportId().value(), link.status(), link.counted(), link.score(), link.explanation(),
					link.proposedAt(), link.decidedBy(), link.decidedByDelegation() == null ? null : link.decidedByDelegation().value(),
					link.decidedAt(), link.reason());
		}
	}

	/** The scope pre-assessment; advisory, always. */
	record ScopeView(boolean outsideTruce, boolean advisory, List<ReasonView> reasons) {

		static ScopeView of(ScopeAssessment scope) {
			return new ScopeView(scope.outsideTruce(), true, scope.reasons().stream().map(ReasonView::of).toList());
		}
	}

	/**
	 * One rule that fired: {@code rule} names it, {@code detail} says it in words, and the data that fired is given as
	 * {@code actor} and {@code designation} (with its {@code disputes}), or {@code zone}, or {@code point}.
	 */
	record ReasonView(String rule, String detail, List<UUID> reportIds, @Nullable ActorView actor,
			@Nullable DesignationView designation, List<DisputeView> disputes, @Nullable ZoneView zone,
			@Nullable PointView point) {

		static ReasonView of(ScopeReason reason) {
			var reports = reason.reports().stream().map(ReportId::value).toList();
			return switch (reason) {
				case ScopeReason.ExcludedActor excluded -> {
					var designation = excluded.designation();
					yield new ReasonView("EXCLUDED_ACTOR", reason.detail(), reports,
							new ActorView(excluded.actorId().value(), excluded.actorName()),
							new DesignationView(designation.id().value(), designation.kind(), designation.designatedBy().value(),
									designation.basis(), designation.effective().from(), designation.effective().to()),
							designation.disputes().stream()
								.map(d -> new DisputeView(d.disputedBy().value(), d.reason(), d.disputedAt()))
								.toList(),
							null, null);
				}
				case ScopeReason.ExcludedControlZone inZone -> new ReasonView("EXCLUDED_CONTROL_ZONE", reason.detail(), reports,
						null, null, List.of(), new ZoneView(inZone.zone().id().value(), inZone.zone().name(), inZone.zone().kind(),
								inZone.zone().owner().value()), null);
				case ScopeReason.OutsideAgreementArea outside -> new ReasonView("OUTSIDE_AGREEMENT_AREA", reason.detail(),
						reports, null, null, List.of(), null, new PointView(outside.point().lat(), outside.point().lon()));
			};
		}
	}

	record ActorView(UUID id, String name) {
	}

	record DesignationView(UUID id, DesignationKind kind, String designatedBy, String basis, Instant effectiveFrom,
			@Nullable Instant effectiveTo) {
	}

	record DisputeView(String disputedBy, String reason, Instant disputedAt) {
	}

	record ZoneView(UUID id, String name, ZoneKind kind, String owner) {
	}

	record PointView(double lat, double lon) {
	}

	/** An entry of the history: what was done, by whom and why; the score of each link is on the link. */
	record HistoryView(HistoryEntry.Action action, List<UUID> reportIds, @Nullable UUID otherIncidentId,
			@Nullable String username, @Nullable String delegation, Instant at, @Nullable String reason) {

		static HistoryView of(HistoryEntry entry) {
			return new HistoryView(entry.action(), entry.reports().stream().map(ReportId::value).toList(),
					entry.otherIncident() == null ? null : entry.otherIncident().value(), entry.username(),
					entry.delegation() == null ? null : entry.delegation().value(), entry.at(), entry.reason());
		}
	}
}
