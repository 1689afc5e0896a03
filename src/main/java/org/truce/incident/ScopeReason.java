package org.truce.incident;

import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.truce.agreement.ActorId;
import org.truce.agreement.Designation;
import org.truce.agreement.ZoneRef;
import org.truce.core.GeoPoint;
import org.truce.report.ReportId;

/** A rule of the scope pre-assessment that fired, with the data that made it fire and the reports it fired for. */
public sealed interface ScopeReason {

	List<ReportId> reports();

	/** What fired, in words. */
	String detail();

	/**
	 * The affected side is designated excluded from the truce at the time of the event; the disputes of the designation
	 * come with it, each with who disputes it and why.
	 */
	record ExcludedActor(List<ReportId> reports, ActorId actorId, String actorName, Designation designation)
			implements ScopeReason {

		public ExcludedActor {
			reports = List.copyOf(reports);
		}

		@Override
		public String detail() {
			return actorName + " is designated excluded from the truce by " + designation.designatedBy() + " since "
					+ designation.effective().from().atOffset(ZoneOffset.UTC).toLocalDate() + " (designation "
					+ designation.id().value() + "): " + designation.basis();
		}
	}

	/** The place lies in an excluded-control zone in force at the time. Shown only to viewers who may see the zone. */
	record ExcludedControlZone(List<ReportId> reports, ZoneRef zone) implements ScopeReason {

		public ExcludedControlZone {
			reports = List.copyOf(reports);
		}

		@Override
		public String detail() {
			return "The place lies in the excluded-control zone " + zone.name() + ", defined by " + zone.owner()
					+ ", in force at the time.";
		}
	}

	/** The place lies outside the agreement's area. */
	record OutsideAgreementArea(List<ReportId> reports, GeoPoint point) implements ScopeReason {

		public OutsideAgreementArea {
			reports = List.copyOf(reports);
		}

		@Override
		public String detail() {
			return String.format(Locale.ROOT, "The place (%.5f, %.5f) lies outside the agreement's area.", point.lat(), point.lon());
		}
	}
}
