package org.truce.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.truce.agreement.ActorId;
import org.truce.core.DelegationCode;
import org.truce.core.Viewer;
import org.truce.incident.IncidentQuery;
import org.truce.incident.Incidents;
import org.truce.report.ReportId;
import org.truce.report.ReportQuery;
import org.truce.report.ReportRegister;
import org.truce.verification.CaseId;
import org.truce.verification.CaseState;
import org.truce.verification.Cases;
import org.truce.verification.Determination;
import org.truce.verification.GuarantorLog;
import org.truce.verification.LogEntryId;
import org.truce.verification.Verdict;
import org.truce.verification.VoteChoice;

import static org.truce.demo.ReferenceScenario.GOVERNMENT;
import static org.truce.demo.ReferenceScenario.IRAN;
import static org.truce.demo.ReferenceScenario.KAZAKHSTAN;
import static org.truce.demo.ReferenceScenario.OPPOSITION;
import static org.truce.demo.ReferenceScenario.RUSSIA;
import static org.truce.demo.ReferenceScenario.TURKEY;
import static org.truce.demo.ReferenceScenario.member;

/**
 * The verification picture before the technical meeting of 6 February 2017, in our own words, on incidents of the seeded
 * events: each guarantor's log with entries the others confirmed or disputed (a strike in Wadi Barada that Russia and
 * Iran say hit Jabhat Fateh al-Sham, outside the truce), a case ruled on and published, and a case whose reply the
 * government let pass. Every step goes through the verification module at its 2017 time. The incidents are formed by
 * the correlation engine as the reports are seeded, so the seed waits for them; seeded once, found by Russia's first
 * entry on later starts.
 */
@Component
class ScenarioVerification {

	private static final Logger log = LoggerFactory.getLogger(ScenarioVerification.class);
	private static final Viewer.Member SECRETARIAT = member(KAZAKHSTAN);
	private static final Duration CORRELATION_WAIT = Duration.ofSeconds(120);

	/** Mortar fire on Damascus, 12 January: logged by Russia, confirmed by both, ruled a violation by the insurgents. */
	private static final int DAMASCUS = 241565;
	/** Air strikes on Ayn al-Fijah in Wadi Barada, 24 January: logged by Turkey, disputed by Russia and Iran. */
	private static final int AYN_AL_FIJAH = 242830;
	private static final int TALDOU = 242544;
	private static final int MAARRAT_MISRIN = 241627;
	private static final int JABLAH = 241080;

	private final ReportRegister register;
	private final Incidents incidents;
	private final GuarantorLog logs;
	private final Cases cases;
	private final ScenarioClock clock;

	ScenarioVerification(ReportRegister register, Incidents incidents, GuarantorLog logs, Cases cases, ScenarioClock clock) {
		this.register = register;
		this.incidents = incidents;
		this.logs = logs;
		this.cases = cases;
		this.clock = clock;
	}

	/** @param actors the scenario's actors by UCDP id */
	void seed(Map<Integer, ActorId> actors) {
		var damascus = incidentOf(DAMASCUS, LocalDate.of(2017, 1, 12));
		if (damascus.isEmpty() || !logs.entries(RUSSIA, damascus.get(), null, null, null, SECRETARIAT).isEmpty()) {
			return;
		}
		var fijah = incidentOf(AYN_AL_FIJAH, LocalDate.of(2017, 1, 24));
		var taldou = incidentOf(TALDOU, LocalDate.of(2017, 1, 22));
		var maarrat = incidentOf(MAARRAT_MISRIN, LocalDate.of(2017, 1, 13));
		var jablah = incidentOf(JABLAH, LocalDate.of(2017, 1, 5));
		if (fijah.isEmpty() || taldou.isEmpty() || maarrat.isEmpty() || jablah.isEmpty()) {
			return;
		}

		var car = register(RUSSIA, jablah.get(), "2017-01-05T20:00:00Z",
				"Car bomb at the entrance of Jablah: a breach by the armed opposition.");
		check(car, TURKEY, Verdict.DISPUTE, "2017-01-06T09:00:00Z",
				"Nothing links the bombing to a faction that accepted the ceasefire; ISIL operates in the area.");

		var mortars = register(RUSSIA, damascus.get(), "2017-01-12T18:00:00Z",
				"Mortar rounds fired from Jobar on residential streets of Damascus; eleven killed.");
		check(mortars, TURKEY, Verdict.CONFIRM, "2017-01-13T09:00:00Z", "The monitors' account agrees: fire from Jobar.");
		check(mortars, IRAN, Verdict.CONFIRM, "2017-01-13T11:00:00Z", "Confirmed by our liaison officers in Damascus.");
		rule(damascus.get(), actors.get(GedReportMapping.SYRIAN_INSURGENTS));

		var idlib = register(IRAN, maarrat.get(), "2017-01-14T10:00:00Z", "Attack on army positions near Maarrat Misrin.");
		check(idlib, RUSSIA, Verdict.CONFIRM, "2017-01-15T08:00:00Z", "Our reconnaissance saw the attack.");

		var homs = register(TURKEY, taldou.get(), "2017-01-22T20:00:00Z", "Shelling of Taldou in the Houla plain; ten killed.");
		check(homs, RUSSIA, Verdict.CONFIRM, "2017-01-23T08:00:00Z", "The shelling took place; its origin is for the case.");
		check(homs, IRAN, Verdict.CONFIRM, "2017-01-23T10:00:00Z", "Confirmed.");

		var strikes = register(TURKEY, fijah.get(), "2017-01-24T16:00:00Z",
				"Air strikes on Ayn al-Fijah and the Wadi Barada springs, inside the ceasefire area.");
		check(strikes, RUSSIA, Verdict.DISPUTE, "2017-01-25T08:00:00Z",
				"The strikes hit positions of Jabhat Fateh al-Sham, which the ceasefire does not cover.");
		check(strikes, IRAN, Verdict.DISPUTE, "2017-01-25T10:00:00Z", "Jabhat Fateh al-Sham held the springs.");
		askForReply(fijah.get());
		log.info("Demo scenario: guarantors' logs and cases of January 2017 seeded");
	}

	private LogEntryId register(DelegationCode guarantor, UUID incident, String at, String note) {
		return clock.at(Instant.parse(at), () -> logs.register(incident, note, member(guarantor))).value().id();
	}

	private void check(LogEntryId entry, DelegationCode guarantor, Verdict verdict, String at, String reason) {
		clock.at(Instant.parse(at), () -> logs.crossCheck(entry, verdict, reason, member(guarantor)));
	}

	/** The Damascus case: from Russia's opening to a unanimous ruling, published before the meeting. */
	private void rule(UUID incident, ActorId insurgents) {
		var id = clock.at(Instant.parse("2017-01-13T12:00:00Z"),
				() -> cases.open(incident, List.of(OPPOSITION), "Eleven civilians killed in Damascus", member(RUSSIA))).value().id();
		move(id, RUSSIA, CaseState.INVESTIGATING, "2017-01-14T08:00:00Z", "Monitors sent to the impact sites", null);
		move(id, RUSSIA, CaseState.REPLY_REQUESTED, "2017-01-14T09:00:00Z", "The opposition is accused", "2017-01-18T12:00:00Z");
		clock.at(Instant.parse("2017-01-17T10:00:00Z"), () -> cases.reply(id,
				"Our units answered fire from government positions in Jobar; no residential street was aimed at.", member(OPPOSITION)));
		clock.at(Instant.parse("2017-01-19T09:00:00Z"), () -> cases.draftFinding(id,
				new Determination.ConfirmedViolation(insurgents, List.of("1"), null),
				"Mortar rounds fired from Jobar fell on residential streets; the reply does not explain them.", member(IRAN)));
		move(id, KAZAKHSTAN, CaseState.VOTING, "2017-01-19T10:00:00Z", "The finding is ready", null);
		for (var guarantor : List.of(RUSSIA, IRAN, TURKEY)) {
			clock.at(Instant.parse("2017-01-20T09:00:00Z"),
					() -> cases.vote(id, VoteChoice.AGREE, "As the monitors found", member(guarantor)));
		}
		move(id, KAZAKHSTAN, CaseState.PUBLISHED, "2017-01-23T09:00:00Z", "The ruling is made public", null);
	}

	/** The Wadi Barada case: Turkey asks for the government's reply by 1 February, which does not come. */
	private void askForReply(UUID incident) {
		var id = clock.at(Instant.parse("2017-01-25T12:00:00Z"),
				() -> cases.open(incident, List.of(GOVERNMENT), "Strikes on the Wadi Barada springs", member(TURKEY))).value().id();
		move(id, TURKEY, CaseState.INVESTIGATING, "2017-01-26T09:00:00Z", "Monitors refused access to the valley; imagery requested",
				null);
		move(id, TURKEY, CaseState.REPLY_REQUESTED, "2017-01-27T09:00:00Z", "The government is accused", "2017-02-01T12:00:00Z");
	}

	private void move(CaseId id, DelegationCode by, CaseState to, String at, String reason, @Nullable String replyDueAt) {
		clock.at(Instant.parse(at),
				() -> cases.transition(id, to, reason, replyDueAt == null ? null : Instant.parse(replyDueAt), member(by)));
	}

	/**
	 * The incident the correlation engine placed a seeded event's report in, waiting for the engine while it works
	 * through the seeded reports; none if the report is not there or the engine takes too long (the next start seeds).
	 */
	private Optional<UUID> incidentOf(int gedEvent, LocalDate day) {
		var from = day.atStartOfDay().toInstant(ZoneOffset.UTC);
		var to = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
		var report = register.list(new ReportQuery(from, to, null, null, null, null, 0, ReportQuery.MAXIMUM_PAGE_SIZE), SECRETARIAT)
			.items().stream()
			.filter(r -> ("ucdp-ged:" + gedEvent).equals(r.externalRef()))
			.map(r -> r.id())
			.findFirst();
		if (report.isEmpty()) {
			log.warn("Demo scenario: no seeded report of GED event {}; the guarantors' logs are not seeded", gedEvent);
			return Optional.empty();
		}
		var deadline = Instant.now().plus(CORRELATION_WAIT);
		while (Instant.now().isBefore(deadline)) {
			var found = placed(report.get(), from, to);
			if (found.isPresent()) {
				return found;
			}
			try {
				Thread.sleep(250);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return Optional.empty();
			}
		}
		log.warn("Demo scenario: GED event {} is not in an incident yet; the guarantors' logs wait for the next start", gedEvent);
		return Optional.empty();
	}

	private Optional<UUID> placed(ReportId report, Instant from, Instant to) {
		for (int page = 0;; page++) {
			var found = incidents.list(new IncidentQuery(from, to, null, page, IncidentQuery.MAXIMUM_PAGE_SIZE), SECRETARIAT);
			var incident = found.items().stream().filter(i -> i.reportIds().contains(report)).findFirst();
			if (incident.isPresent()) {
				return Optional.of(incident.get().id().value());
			}
			if (!found.hasNext()) {
				return Optional.empty();
			}
		}
	}
}
