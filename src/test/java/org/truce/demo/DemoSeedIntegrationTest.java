package org.truce.demo;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.truce.TruceIntegrationTest;
import org.truce.identity.Delegations;
import org.truce.identity.UserAdministration;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference scenario as the demo seeds it (the shared test context runs the demo seed at start-up). */
@TruceIntegrationTest
class DemoSeedIntegrationTest {

	private static final int GED_EVENTS = 1_768;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ScenarioReports reports;

	@Autowired
	ScenarioAgreement agreement;

	@Autowired
	ScenarioActors actors;

	@Autowired
	ScenarioHumanitarian humanitarian;

	@Autowired
	DemoLogins logins;

	@Autowired
	Delegations delegations;

	@Autowired
	UserAdministration users;

	@Test
	void everyDelegationAndDemoUserOfTheScenarioExists() {
		assertThat(delegations.all()).extracting(d -> d.code().value())
			.contains("RU", "TR", "IR", "SYG", "SYO", "JO", "UN", "KZ", "MON1");
		assertThat(users.all()).extracting(UserAdministration.UserSummary::username)
			.contains("guarantor.ru", "guarantor.tr", "guarantor.ir", "party.gov", "party.opp", "observer.jo", "observer.un",
					"secretariat.kz", "monitor.1", "admin");
	}

	@Test
	void oneReportPerGedEventAndSeedingAgainAddsNothing() {
		assertThat(seededReports()).isEqualTo(GED_EVENTS);

		assertThat(reports.seed(new GedReportMapping(ucdpId -> Optional.empty()))).isZero();
		logins.seed();

		assertThat(seededReports()).isEqualTo(GED_EVENTS);
		assertThat(jdbc.sql("SELECT count(*) FROM delegation WHERE code = 'RU'").query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void seedingAgainLogsNothing() {
		long logged = loggedOrPending();

		agreement.seed();
		actors.seed();
		humanitarian.seed();

		assertThat(loggedOrPending()).isEqualTo(logged);
	}

	@Test
	void seededReportsLieInTheGovernorateTheOchaBoundariesGiveTheirPoints() throws Exception {
		var governorates = governorates();
		var factory = new GeometryFactory();
		var seeded = jdbc.sql("""
				SELECT v.lat, v.lon, v.admin1_pcode FROM report r
				JOIN report_revision v ON v.report_id = r.id AND v.revision = r.current_revision
				WHERE r.external_ref LIKE 'ucdp-ged:%'""")
			.query((rs, row) -> new Seeded(rs.getDouble("lat"), rs.getDouble("lon"), rs.getString("admin1_pcode")))
			.list();

		assertThat(seeded).hasSize(GED_EVENTS);
		for (var report : seeded) {
			var point = factory.createPoint(new Coordinate(report.lon(), report.lat()));
			var expected = governorates.stream().filter(g -> g.shape().covers(point)).findFirst()
				.or(() -> governorates.stream().min((a, b) -> Double.compare(a.shape().distance(point), b.shape().distance(point))))
				.orElseThrow();
			assertThat(report.admin1Pcode()).as("governorate of %s, %s", report.lat(), report.lon()).isEqualTo(expected.pcode());
		}
	}

	/** Entries in the log and entries waiting to be sequenced, counted in one snapshot. */
	private long loggedOrPending() {
		return jdbc.sql("SELECT (SELECT count(*) FROM ledger_entry) + (SELECT count(*) FROM ledger_pending)").query(Long.class)
			.single();
	}

	private long seededReports() {
		return jdbc.sql("SELECT count(*) FROM report WHERE external_ref LIKE 'ucdp-ged:%'").query(Long.class).single();
	}

	/** The ADM1 polygons, read independently of the application's own geography code. */
	private static List<Governorate> governorates() throws Exception {
		var reader = new GeoJsonReader();
		var result = new ArrayList<Governorate>();
		try (InputStream in = new ClassPathResource("geo/syr_adm1_ocha_codab_v02.geojson").getInputStream()) {
			for (var feature : JsonMapper.shared().readTree(in).get("features")) {
				result.add(new Governorate(feature.get("properties").get("adm1_pcode").asString(),
						reader.read(feature.get("geometry").toString())));
			}
		}
		return result;
	}

	private record Governorate(String pcode, Geometry shape) {
	}

	private record Seeded(double lat, double lon, String admin1Pcode) {
	}
}
