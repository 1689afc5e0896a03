package org.truce.incident;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.truce.TruceIntegrationTest;
import org.truce.incident.correlation.Candidate;
import org.truce.incident.correlation.CorrelationEngine;
import org.truce.incident.correlation.ReportFeatures;
import org.truce.incident.correlation.TermFrequencies;
import org.truce.report.ReportId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The engine's handling of the register's events: amendments place a report again, repeated events change nothing, the
 * terms of the narratives are counted once. */
@TruceIntegrationTest
class IncidentCorrelationIntegrationTest {

	private static final double DOUMA_LAT = 33.5722;
	private static final double DOUMA_LON = 36.4025;
	/** Homs, some 140 km north of Douma. */
	private static final double HOMS_LAT = 34.7324;
	private static final double HOMS_LON = 36.7137;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CorrelationService correlation;

	@Autowired
	JdbcIncidentStore store;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Incidents incidents;

	private IncidentFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new IncidentFixtures(mvc, jdbc);
	}

	@Test
	void anAmendedReportWhoseLinkIsOnlyProposedIsPlacedAgain() throws Exception {
		var at = Instant.parse("1988-10-10T10:00:00Z");
		var second = secondOfOneEvent(at);
		var incident = fixtures.incidentOf(second, "party.gov");

		amend(second, at.plus(Duration.ofMinutes(10)), HOMS_LAT, HOMS_LON);

		var moved = fixtures.incidentOf(second, "party.gov");
		assertThat(moved).isNotEqualTo(incident);
		assertThat(fixtures.read("guarantor.ru", "/api/v1/incidents/" + incident).get("history").findValuesAsString("action"))
			.contains("LEFT");
		assertThat(IncidentFixtures.ids(fixtures.read("guarantor.ru", "/api/v1/incidents/" + moved).get("reportIds")))
			.containsExactly(second);
	}

	@Test
	void anAmendedReportWhoseLinkAnAnalystConfirmedStaysWhereItIs() throws Exception {
		var at = Instant.parse("1989-11-11T11:00:00Z");
		var second = secondOfOneEvent(at);
		var incident = fixtures.incidentOf(second, "party.gov");
		fixtures.act("guarantor.ru", "/api/v1/incidents/" + incident + "/links/" + second + "/confirm",
				"{\"reason\": \"Checked with the monitors.\"}").andExpect(status().isOk());

		amend(second, at.plus(Duration.ofMinutes(10)), HOMS_LAT, HOMS_LON);

		assertThat(fixtures.incidentOf(second, "party.gov")).isEqualTo(incident);
	}

	@Test
	void anAmendedReportWhoseLinkAnAnalystConfirmedHasItsNewTermsCounted() throws Exception {
		var at = Instant.parse("1989-12-12T11:00:00Z");
		var second = secondOfOneEvent(at);
		var incident = fixtures.incidentOf(second, "party.gov");
		fixtures.act("guarantor.ru", "/api/v1/incidents/" + incident + "/links/" + second + "/confirm",
				"{\"reason\": \"Checked with the monitors.\"}").andExpect(status().isOk());

		fixtures.act("party.gov", "/api/v1/reports/" + second + "/amendments", """
				{"report": %s, "reason": "The quarter was named."}"""
			.formatted(IncidentFixtures.report(at.plus(Duration.ofMinutes(10)), DOUMA_LAT + 0.003, DOUMA_LON, null, null,
					"MECHANISM").replace("Shells fell near the market.", "Shells fell on Zxqvquarter.")))
			.andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(60)).until(() -> reportsUsing("zxqvquarter") == 1);

		assertThat(fixtures.incidentOf(second, "party.gov")).isEqualTo(incident);
	}

	@Test
	void aFilingDeliveredAgainChangesNothing() throws Exception {
		var report = fixtures.file("party.opp", Instant.parse("1990-12-12T12:00:00Z"), DOUMA_LAT, DOUMA_LON, "MECHANISM");
		var incident = fixtures.incidentOf(report, "party.opp");

		correlation.recordFiled(new ReportId(UUID.fromString(report)));
		correlation.correlatePending();

		assertThat(fixtures.incidentOf(report, "party.opp")).isEqualTo(incident);
		assertThat(jdbc.sql("SELECT count(*) FROM incident_link WHERE report_id = ?").param(UUID.fromString(report))
			.query(Long.class).single()).isOne();
		assertThat(jdbc.sql("SELECT count(*) FROM incident_history WHERE ? = ANY (report_ids)").param(UUID.fromString(report))
			.query(Long.class).single()).isOne();
	}

	@Test
	void theTermsOfANarrativeAreCountedOnceAndAnAmendmentMovesTheCounts() throws Exception {
		var at = Instant.parse("1991-01-13T06:00:00Z");
		long counted = countedReports();
		var report = fixtures.file("party.opp", IncidentFixtures.report(at, DOUMA_LAT, DOUMA_LON, null, null, "MECHANISM")
			.replace("Shells fell near the market.", "Shells fell on Qwertyville."));
		fixtures.incidentOf(report, "party.opp");

		assertThat(reportsUsing("qwertyville")).isOne();
		assertThat(countedReports()).isEqualTo(counted + 1);

		fixtures.act("party.opp", "/api/v1/reports/" + report + "/amendments", """
				{"report": %s, "reason": "The town was misnamed."}"""
			.formatted(IncidentFixtures.report(at, DOUMA_LAT, DOUMA_LON, null, null, "MECHANISM")
				.replace("Shells fell near the market.", "Shells fell on Asdfburg."))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(60)).until(() -> reportsUsing("asdfburg") == 1);

		assertThat(reportsUsing("qwertyville")).isZero();
		assertThat(countedReports()).isEqualTo(counted + 1);
	}

	@Test
	void aRegroupingMovesTheEnginesPlacementsAndMergesTheIncidentsItEmpties() throws Exception {
		var two = twoIncidents(Instant.parse("1992-02-02T09:00:00Z"));

		regroupAsOneShelling(two);

		assertThat(store.memberships(List.of(two.inHoms()))).containsEntry(two.inHoms(), two.douma());
		assertThat(fixtures.read("party.opp", "/api/v1/incidents/" + two.douma()).get("history").findValuesAsString("action"))
			.contains("LINKED");
		assertThat(store.load(two.homs()).orElseThrow().mergedInto()).isEqualTo(two.douma());
		assertThat(store.history(two.homs())).extracting(HistoryEntry::action).contains(HistoryEntry.Action.LEFT,
				HistoryEntry.Action.MERGED_INTO);
	}

	@Test
	void theReportsOfAnIncidentHeldForVerificationStayWhereTheyAre() throws Exception {
		var two = twoIncidents(Instant.parse("1992-03-03T09:00:00Z"));
		incidents.hold(two.homs());

		regroupAsOneShelling(two);

		assertThat(store.memberships(List.of(two.inHoms()))).containsEntry(two.inHoms(), two.homs());
		assertThat(store.load(two.homs()).orElseThrow().status()).isEqualTo(IncidentStatus.OPEN);
	}

	/** A shelling in Douma and one in Homs at the same time, each its own incident. */
	private TwoIncidents twoIncidents(Instant at) throws Exception {
		var inDouma = new ReportId(UUID.fromString(fixtures.file("party.gov", at, DOUMA_LAT, DOUMA_LON, "MECHANISM")));
		var inHoms = new ReportId(UUID.fromString(fixtures.file("party.opp", at, HOMS_LAT, HOMS_LON, "MECHANISM")));
		var douma = new IncidentId(UUID.fromString(fixtures.incidentOf(inDouma.toString(), "party.gov")));
		var homs = new IncidentId(UUID.fromString(fixtures.incidentOf(inHoms.toString(), "party.opp")));
		assertThat(douma).isNotEqualTo(homs);
		return new TwoIncidents(inDouma, douma, inHoms, homs);
	}

	/** Regroups the two as if the Homs report had been filed as the same shelling in Douma. */
	private void regroupAsOneShelling(TwoIncidents two) {
		transactions.executeWithoutResult(status -> {
			store.lockCorrelation();
			var session = new IncidentSession(store, events);
			var doumaReport = store.snapshot(two.inDouma()).orElseThrow().features();
			var homsReport = store.snapshot(two.inHoms()).orElseThrow().features();
			var sameShelling = new ReportFeatures(homsReport.id(), homsReport.source(), doumaReport.from(), doumaReport.to(),
					doumaReport.timePrecision(), doumaReport.point(), doumaReport.locationPrecision(), doumaReport.category(),
					null, null, doumaReport.killed(), null, doumaReport.terms());
			new NeighbourhoodRegrouping(CorrelationEngine.standard(), store).regroup(sameShelling, two.homs(),
					List.of(new Candidate(two.douma(), List.of(doumaReport))), TermFrequencies.of(0, Map.of()), session,
					Instant.now());
			session.flush();
		});
	}

	private long reportsUsing(String term) {
		return jdbc.sql("SELECT coalesce(sum(reports), 0) FROM incident_term WHERE term = ?").param(term).query(Long.class).single();
	}

	private long countedReports() {
		return jdbc.sql("SELECT reports FROM incident_term_count").query(Long.class).single();
	}

	/** Files two reports of one shelling ten minutes apart and answers the second, once the engine has linked it. */
	private String secondOfOneEvent(Instant at) throws Exception {
		var first = fixtures.file("party.gov", at, DOUMA_LAT, DOUMA_LON, "MECHANISM");
		var second = fixtures.file("party.gov", at.plus(Duration.ofMinutes(10)), DOUMA_LAT + 0.003, DOUMA_LON, "MECHANISM");
		assertThat(fixtures.incidentOf(second, "party.gov")).isEqualTo(fixtures.incidentOf(first, "party.gov"));
		return second;
	}

	/** Moves the report and waits until the engine has taken the amendment in. */
	private void amend(String report, Instant at, double lat, double lon) throws Exception {
		fixtures.act("party.gov", "/api/v1/reports/" + report + "/amendments", """
				{"report": %s, "reason": "The shelling was in Homs, not Douma."}"""
			.formatted(IncidentFixtures.report(at, lat, lon, null, null, "MECHANISM"))).andExpect(status().isOk());
		await().atMost(Duration.ofSeconds(60)).until(() -> jdbc.sql(
				"SELECT count(*) FROM incident_report WHERE report_id = ? AND revision = 2 AND NOT pending")
			.param(UUID.fromString(report)).query(Long.class).single() == 1);
	}

	private record TwoIncidents(ReportId inDouma, IncidentId douma, ReportId inHoms, IncidentId homs) {
	}
}
