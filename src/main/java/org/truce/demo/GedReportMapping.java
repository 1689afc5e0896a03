package org.truce.demo;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.report.Casualties;
import org.truce.report.Category;
import org.truce.report.LocationPrecision;
import org.truce.report.ObservationMethod;
import org.truce.report.ReportDraft;
import org.truce.report.TimePrecision;

/**
 * Turns a GED event into the report a plausible delegation would have filed about it: who reports, whom it accuses,
 * what category the event's description suggests, and how confidential the report is. Deterministic, so that
 * re-seeding gives the same register.
 */
final class GedReportMapping {

	static final int GOVERNMENT_OF_SYRIA = 118;
	static final int SYRIAN_INSURGENTS = 4456;
	static final int ISLAMIC_STATE = 234;
	static final int JABHAT_FATEH_AL_SHAM = 1170;
	static final int HTS = 6815;
	static final int GOVERNMENT_OF_TURKEY = 115;
	static final int CIVILIANS = 1;
	private static final int ONE_SIDED = 3;

	private static final Pattern SUICIDE = Pattern.compile("\\bsuicide\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern AIR = Pattern.compile(
			"\\b(air ?strikes?|air ?raids?|warplanes?|war planes?|helicopters?|barrel bombs?|drones?|aerial|jets?|airplanes?|planes)\\b",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern SHELLING = Pattern.compile(
			"\\b(shell(s|ing|ed)?|artillery|missiles?|rockets?|mortars?|cannons?|projectiles?)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern EXPLOSIVE = Pattern.compile(
			"\\b(ieds?|explosives?|landmines?|mines?|car bombs?|vbieds?|explosions?|exploded|blasts?|booby.trapped)\\b",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern EXECUTION = Pattern.compile("\\b(execut\\w*|beheaded|abduct\\w*|kidnap\\w*)\\b",
			Pattern.CASE_INSENSITIVE);

	private final IntFunction<Optional<ActorId>> actorsByUcdpId;

	/** @param actorsByUcdpId the registry's actor for a UCDP actor id, where the registry has one */
	GedReportMapping(IntFunction<Optional<ActorId>> actorsByUcdpId) {
		this.actorsByUcdpId = actorsByUcdpId;
	}

	ScenarioReport map(GedEvent event) {
		var allegation = allegation(event);
		var from = event.dateStart().atStartOfDay().toInstant(ZoneOffset.UTC);
		var to = event.dateEnd().atTime(LocalTime.of(23, 59, 59)).toInstant(ZoneOffset.UTC);
		var civilians = Math.min(event.deathsCivilians(), event.best());
		var draft = new ReportDraft(from, to, timePrecision(from, to),
				new ReportDraft.LocationInput(event.lat(), event.lon(), locationPrecision(event.wherePrecision())),
				event.whereCoordinates().isBlank() ? null : event.whereCoordinates(), category(event).code(),
				actor(allegation.perpetrator()), actor(allegation.target()), new Casualties(event.best(), null, civilians),
				allegation.reporter().equals(ReferenceScenario.MONITORS) ? ObservationMethod.SEEN : ObservationMethod.REPORTED,
				narrative(event, civilians), level(event.id()));
		return new ScenarioReport(allegation.reporter(), "ucdp-ged:" + event.id(), draft);
	}

	private Allegation allegation(GedEvent event) {
		if (event.typeOfViolence() == ONE_SIDED) {
			var reporter = switch (event.sideAId()) {
				case GOVERNMENT_OF_SYRIA -> ReferenceScenario.OPPOSITION;
				case SYRIAN_INSURGENTS -> ReferenceScenario.GOVERNMENT;
				default -> ReferenceScenario.MONITORS;
			};
			return new Allegation(reporter, event.sideAId(), null);
		}
		if (event.involves(GOVERNMENT_OF_SYRIA) && event.involves(SYRIAN_INSURGENTS)) {
			return event.id() % 2 == 0
					? new Allegation(ReferenceScenario.OPPOSITION, GOVERNMENT_OF_SYRIA, SYRIAN_INSURGENTS)
					: new Allegation(ReferenceScenario.GOVERNMENT, SYRIAN_INSURGENTS, GOVERNMENT_OF_SYRIA);
		}
		for (int excluded : new int[] { ISLAMIC_STATE, JABHAT_FATEH_AL_SHAM, HTS }) {
			if (event.involves(excluded)) {
				int other = event.sideAId() == excluded ? event.sideBId() : event.sideAId();
				return new Allegation(reporterAgainstExcluded(excluded, other), excluded, other);
			}
		}
		return new Allegation(ReferenceScenario.MONITORS, event.sideAId(), event.sideBId());
	}

	private static DelegationCode reporterAgainstExcluded(int excluded, int other) {
		if (excluded != ISLAMIC_STATE) {
			return ReferenceScenario.RUSSIA;
		}
		return switch (other) {
			case GOVERNMENT_OF_SYRIA -> ReferenceScenario.GOVERNMENT;
			case GOVERNMENT_OF_TURKEY -> ReferenceScenario.TURKEY;
			case SYRIAN_INSURGENTS -> ReferenceScenario.OPPOSITION;
			default -> ReferenceScenario.MONITORS;
		};
	}

	static Category category(GedEvent event) {
		var text = event.headline();
		if (SUICIDE.matcher(text).find()) {
			return Category.SUICIDE_BOMB;
		}
		if (AIR.matcher(text).find()) {
			return Category.AIR_DRONE_STRIKE;
		}
		if (SHELLING.matcher(text).find()) {
			return Category.SHELLING_ARTILLERY_MISSILE_ATTACK;
		}
		if (EXPLOSIVE.matcher(text).find()) {
			return Category.REMOTE_EXPLOSIVE_LANDMINE_IED;
		}
		if (event.typeOfViolence() == ONE_SIDED || EXECUTION.matcher(text).find()) {
			return Category.ATTACK;
		}
		return Category.ARMED_CLASH;
	}

	/** About one report in ten public, six in ten for the mechanism, two for the guarantors, one in ten private. */
	static Confidentiality level(long eventId) {
		int bucket = (int) (eventId % 20);
		if (bucket < 2) {
			return Confidentiality.PUBLIC;
		}
		if (bucket < 14) {
			return Confidentiality.MECHANISM;
		}
		return bucket < 18 ? Confidentiality.GUARANTORS : Confidentiality.PRIVATE;
	}

	static LocationPrecision locationPrecision(int wherePrecision) {
		return switch (wherePrecision) {
			case 1 -> LocationPrecision.SETTLEMENT;
			case 2, 5 -> LocationPrecision.NEAR;
			case 3 -> LocationPrecision.DISTRICT;
			case 4 -> LocationPrecision.GOVERNORATE;
			default -> LocationPrecision.COUNTRY;
		};
	}

	private static TimePrecision timePrecision(Instant from, Instant to) {
		long days = ChronoUnit.DAYS.between(from, to) + 1;
		if (days <= 1) {
			return TimePrecision.DAY;
		}
		return days <= 7 ? TimePrecision.WEEK : TimePrecision.MONTH;
	}

	private @Nullable UUID actor(@Nullable Integer ucdpId) {
		if (ucdpId == null || ucdpId == CIVILIANS) {
			return null;
		}
		return actorsByUcdpId.apply(ucdpId).map(ActorId::value).orElse(null);
	}

	private static String narrative(GedEvent event, int civilians) {
		var victims = civilians > 0 ? event.best() + " killed, " + civilians + " of them civilians" : event.best() + " killed";
		var place = event.whereCoordinates().isBlank() ? event.adm1() : event.whereCoordinates();
		return event.dyadName() + ": " + victims + ", at " + place + ". Reported by " + event.sourceOffice()
				+ " (UCDP GED event " + event.id() + ").";
	}

	/** Who reports an event and whom it accuses and names as the affected side. */
	private record Allegation(DelegationCode reporter, int perpetrator, @Nullable Integer target) {
	}

	/** A report of the scenario: the delegation filing it, its reference in the dataset, and its content. */
	record ScenarioReport(DelegationCode reporter, String externalRef, ReportDraft draft) {
	}
}
