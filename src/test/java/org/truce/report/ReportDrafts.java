package org.truce.report;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;

/** Builds report drafts for tests: valid by default (a shelling in central Damascus), changed one part at a time. */
public final class ReportDrafts {

	private @Nullable Instant occurredFrom = Instant.parse("2017-01-15T08:30:00Z");
	private @Nullable Instant occurredTo = Instant.parse("2017-01-15T09:00:00Z");
	private @Nullable TimePrecision timePrecision = TimePrecision.EXACT;
	private ReportDraft.@Nullable LocationInput location = new ReportDraft.LocationInput(33.5138, 36.2765, LocationPrecision.EXACT);
	private @Nullable String placeName;
	private @Nullable String category = "shelling-artillery-missile-attack";
	private @Nullable UUID perpetrator;
	private @Nullable UUID target;
	private @Nullable Casualties casualties = new Casualties(2, 5, 1);
	private @Nullable ObservationMethod observedBy = ObservationMethod.SEEN;
	private @Nullable String narrative = "Mortar rounds fell on a residential street.";
	private @Nullable Confidentiality confidentiality = Confidentiality.MECHANISM;

	private ReportDrafts() {
	}

	public static ReportDrafts aReport() {
		return new ReportDrafts();
	}

	public ReportDrafts occurred(@Nullable Instant from, @Nullable Instant to) {
		this.occurredFrom = from;
		this.occurredTo = to;
		return this;
	}

	public ReportDrafts at(double lat, double lon) {
		return at(lat, lon, LocationPrecision.EXACT);
	}

	public ReportDrafts at(double lat, double lon, LocationPrecision precision) {
		this.location = new ReportDraft.LocationInput(lat, lon, precision);
		return this;
	}

	public ReportDrafts withoutLocation() {
		this.location = null;
		return this;
	}

	public ReportDrafts placeName(@Nullable String placeName) {
		this.placeName = placeName;
		return this;
	}

	public ReportDrafts category(@Nullable String category) {
		this.category = category;
		return this;
	}

	public ReportDrafts perpetrator(@Nullable UUID actor) {
		this.perpetrator = actor;
		return this;
	}

	public ReportDrafts target(@Nullable UUID actor) {
		this.target = actor;
		return this;
	}

	public ReportDrafts casualties(@Nullable Casualties casualties) {
		this.casualties = casualties;
		return this;
	}

	public ReportDrafts narrative(@Nullable String narrative) {
		this.narrative = narrative;
		return this;
	}

	public ReportDrafts confidentiality(@Nullable Confidentiality confidentiality) {
		this.confidentiality = confidentiality;
		return this;
	}

	public ReportDrafts timePrecision(@Nullable TimePrecision timePrecision) {
		this.timePrecision = timePrecision;
		return this;
	}

	public ReportDraft build() {
		return new ReportDraft(occurredFrom, occurredTo, timePrecision, location, placeName, category, perpetrator, target,
				casualties, observedBy, narrative, confidentiality);
	}
}
