package org.truce.report.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.InvalidInputException;
import org.truce.core.InvalidInputException.FieldError;
import org.truce.report.Casualties;
import org.truce.report.LocationPrecision;
import org.truce.report.ObservationMethod;
import org.truce.report.ReportContent;
import org.truce.report.ReportDraft;
import org.truce.report.TimePrecision;

/**
 * The report form's fields as typed. Times are in UTC, as the form says. Converting to a draft names every field
 * that cannot be read; the draft's own checks name the rest.
 */
class ReportForm {

	/** Where the draft checks' field names appear on this form. */
	private static final Map<String, String> FORM_FIELDS = Map.of("location.lat", "lat", "location.lon", "lon", "location",
			"lat", "casualties.killed", "killed", "casualties.injured", "injured", "casualties.civiliansKilled",
			"civiliansKilled", "allegedPerpetratorActorId", "perpetrator", "targetActorId", "target");

	private String occurredFrom = "";
	private String occurredTo = "";
	private String timePrecision = TimePrecision.EXACT.name();
	private String lat = "";
	private String lon = "";
	private String locationPrecision = LocationPrecision.EXACT.name();
	private String placeName = "";
	private String category = "";
	private String perpetrator = "";
	private String target = "";
	private String killed = "";
	private String injured = "";
	private String civiliansKilled = "";
	private String observedBy = ObservationMethod.SEEN.name();
	private String narrative = "";
	private String confidentiality = Confidentiality.GUARANTORS.name();
	private String reason = "";
	private String expectedRevision = "";

	static ReportForm of(ReportContent content, int revision) {
		var form = new ReportForm();
		form.occurredFrom = local(content.occurredFrom());
		form.occurredTo = local(content.occurredTo());
		form.timePrecision = content.timePrecision().name();
		form.lat = Double.toString(content.location().point().lat());
		form.lon = Double.toString(content.location().point().lon());
		form.locationPrecision = content.location().precision().name();
		form.placeName = content.location().placeName() == null ? "" : content.location().placeName();
		form.category = content.category().code();
		form.perpetrator = content.allegedPerpetrator() == null ? "" : content.allegedPerpetrator().toString();
		form.target = content.target() == null ? "" : content.target().toString();
		form.killed = text(content.casualties().killed());
		form.injured = text(content.casualties().injured());
		form.civiliansKilled = text(content.casualties().civiliansKilled());
		form.observedBy = content.observedBy().name();
		form.narrative = content.narrative();
		form.confidentiality = content.confidentiality().name();
		form.expectedRevision = Integer.toString(revision);
		return form;
	}

	ReportDraft toDraft() {
		var errors = new ArrayList<FieldError>();
		var from = parse("occurredFrom", occurredFrom, ReportForm::instant, errors);
		var to = parse("occurredTo", occurredTo, ReportForm::instant, errors);
		var latitude = parse("lat", lat, Double::valueOf, errors);
		var longitude = parse("lon", lon, Double::valueOf, errors);
		var location = latitude == null && longitude == null ? null
				: new ReportDraft.LocationInput(latitude, longitude, parse("locationPrecision", locationPrecision, LocationPrecision::parse, errors));
		var casualties = new Casualties(parse("killed", killed, Integer::valueOf, errors),
				parse("injured", injured, Integer::valueOf, errors), parse("civiliansKilled", civiliansKilled, Integer::valueOf, errors));
		var draft = new ReportDraft(from, to, parse("timePrecision", timePrecision, TimePrecision::valueOf, errors), location,
				blankToNull(placeName), blankToNull(category), parse("perpetrator", perpetrator, UUID::fromString, errors),
				parse("target", target, UUID::fromString, errors), casualties,
				parse("observedBy", observedBy, ObservationMethod::valueOf, errors), narrative,
				parse("confidentiality", confidentiality, Confidentiality::valueOf, errors));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return draft;
	}

	@Nullable Integer expectedRevisionNumber() {
		var errors = new ArrayList<FieldError>();
		var number = parse("expectedRevision", expectedRevision, Integer::valueOf, errors);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		return number;
	}

	/** The form field a check's field name refers to. */
	static String formField(String checkedField) {
		return FORM_FIELDS.getOrDefault(checkedField, checkedField);
	}

	private static <T> @Nullable T parse(String field, String text, Function<String, T> parser, List<FieldError> errors) {
		if (text.isBlank()) {
			return null;
		}
		try {
			return parser.apply(text.strip());
		}
		catch (IllegalArgumentException | DateTimeParseException e) {
			errors.add(new FieldError(field, "cannot be read"));
			return null;
		}
	}

	private static Instant instant(String text) {
		return text.endsWith("Z") ? Instant.parse(text) : LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
	}

	private static String local(Instant instant) {
		return LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
	}

	private static String text(@Nullable Integer number) {
		return number == null ? "" : number.toString();
	}

	private static @Nullable String blankToNull(String text) {
		return text.isBlank() ? null : text.strip();
	}

	public String getOccurredFrom() {
		return occurredFrom;
	}

	public void setOccurredFrom(String occurredFrom) {
		this.occurredFrom = occurredFrom;
	}

	public String getOccurredTo() {
		return occurredTo;
	}

	public void setOccurredTo(String occurredTo) {
		this.occurredTo = occurredTo;
	}

	public String getTimePrecision() {
		return timePrecision;
	}

	public void setTimePrecision(String timePrecision) {
		this.timePrecision = timePrecision;
	}

	public String getLat() {
		return lat;
	}

	public void setLat(String lat) {
		this.lat = lat;
	}

	public String getLon() {
		return lon;
	}

	public void setLon(String lon) {
		this.lon = lon;
	}

	public String getLocationPrecision() {
		return locationPrecision;
	}

	public void setLocationPrecision(String locationPrecision) {
		this.locationPrecision = locationPrecision;
	}

	public String getPlaceName() {
		return placeName;
	}

	public void setPlaceName(String placeName) {
		this.placeName = placeName;
	}

	public String getCategory() {
		return category;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public String getPerpetrator() {
		return perpetrator;
	}

	public void setPerpetrator(String perpetrator) {
		this.perpetrator = perpetrator;
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public String getKilled() {
		return killed;
	}

	public void setKilled(String killed) {
		this.killed = killed;
	}

	public String getInjured() {
		return injured;
	}

	public void setInjured(String injured) {
		this.injured = injured;
	}

	public String getCiviliansKilled() {
		return civiliansKilled;
	}

	public void setCiviliansKilled(String civiliansKilled) {
		this.civiliansKilled = civiliansKilled;
	}

	public String getObservedBy() {
		return observedBy;
	}

	public void setObservedBy(String observedBy) {
		this.observedBy = observedBy;
	}

	public String getNarrative() {
		return narrative;
	}

	public void setNarrative(String narrative) {
		this.narrative = narrative;
	}

	public String getConfidentiality() {
		return confidentiality;
	}

	public void setConfidentiality(String confidentiality) {
		this.confidentiality = confidentiality;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getExpectedRevision() {
		return expectedRevision;
	}

	public void setExpectedRevision(String expectedRevision) {
		this.expectedRevision = expectedRevision;
	}
}
