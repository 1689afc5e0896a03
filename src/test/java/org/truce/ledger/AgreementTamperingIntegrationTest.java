package org.truce.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.PlatformTransactionManager;
import org.truce.TruceIntegrationTest;
import org.truce.agreement.AgreementMember;
import org.truce.agreement.Agreements;
import org.truce.agreement.DecisionRule;
import org.truce.agreement.NewAgreement;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.ledger.tlog.Verification;
import org.truce.talks.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.truce.ledger.Tampering.index;
import static org.truce.talks.Api.json;

/**
 * The agreement module is in the ledger: clauses, the actor registry with its designations and disputes, and zones.
 * Every change answers with a receipt, every logged record has a reference its readers check, and a clause's text, a
 * designation, a dispute or a zone's geometry changed by direct SQL is named at its entry — the seeded ones too.
 */
@TruceIntegrationTest
class AgreementTamperingIntegrationTest {

	private static final DelegationCode SECRETARIAT = new DelegationCode("KZ");
	private static final int AHRAR_AL_SHAM = 5554;

	@Autowired
	MockMvc mvc;

	private final Tampering tampering;

	@Autowired
	Agreements agreements;

	private final String run = UUID.randomUUID().toString().substring(0, 8);

	AgreementTamperingIntegrationTest(@Autowired JdbcClient jdbc, @Autowired PlatformTransactionManager transactions,
			@Autowired LedgerAudit audit) {
		tampering = new Tampering(jdbc, transactions, audit);
	}

	@Test
	void anAgreementAndItsClausesAreLoggedAndAChangedTextIsNamed() throws Exception {
		var agreement = agreements.establish(new NewAgreement("Agreement of the ledger test " + run, LocalDate.parse("2016-01-01"),
				Instant.parse("2016-01-01T00:00:00Z"), DecisionRule.UNANIMITY, List.of(new AgreementMember(SECRETARIAT,
						Role.SECRETARIAT), new AgreementMember(new DelegationCode("RU"), Role.GUARANTOR))), SECRETARIAT).id();
		var clauses = "/api/v1/agreements/" + agreement + "/clauses";
		var added = json(post("secretariat.kz", clauses, """
				{"number": "1", "text": "The parties cease fire.", "effectiveFrom": "2016-01-01T00:00:00Z"}""")
			.andExpect(status().isCreated()));
		var amended = json(post("secretariat.kz", clauses + "/1/versions", """
				{"text": "The parties cease fire everywhere.", "reason": "Agreed at the ledger test",
				 "effectiveFrom": "2016-02-01T00:00:00Z"}""")
			.andExpect(status().isCreated()));

		assertThat(tampering.entry(index(added))).contains("\"type\":\"agreement.clause-added\"",
				"\"subjectId\":\"" + agreement + "/clauses/1/1\"", "\"delegation\":\"KZ\"");
		assertThat(tampering.entry(index(amended))).contains("\"type\":\"agreement.clause-amended\"",
				"\"subjectId\":\"" + agreement + "/clauses/1/2\"");
		assertThat(amended.get("versions").size()).isEqualTo(2);

		var references = new LedgerReferences(mvc);
		var version = references.check("observer.jo", clauses + "/1/versions/2/ledger");
		assertThat(version.answer().get("entryIndex").asLong()).isEqualTo(index(amended));
		assertThat(version.content().get("text").asString()).isEqualTo("The parties cease fire everywhere.");
		assertThat(version.content().get("reason").asString()).isEqualTo("Agreed at the ledger test");
		var established = references.check("party.gov", "/api/v1/agreements/{id}/ledger", agreement);
		assertThat(established.entry().get("type").asString()).isEqualTo("agreement.established");
		assertThat(established.content().get("decisionRule").asString()).isEqualTo("UNANIMITY");
		var member = references.check("party.gov", "/api/v1/agreements/{id}/members/RU/GUARANTOR/ledger", agreement);
		assertThat(member.entry().get("subjectId").asString()).isEqualTo(agreement + "/members/RU/GUARANTOR");
		references.hidden("observer.jo", clauses + "/1/versions/3/ledger");
		references.hidden("observer.jo", "/api/v1/agreements/{id}/members/SYG/PARTY/ledger", agreement);
		references.hidden("observer.jo", "/api/v1/agreements/{id}/ledger", UUID.randomUUID());
		assertThat(tampering.verifyAfter(sql -> { })).isInstanceOf(Verification.Intact.class);

		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE clause_version SET text = 'The parties may fire.' "
				+ "WHERE agreement_id = CAST(? AS uuid) AND version = 2").param(agreement.toString()).update()))
			.startsWith("entry " + index(amended) + ": content changed")
			.contains("agreement.clause-amended " + agreement + "/clauses/1/2");
		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE agreement SET decision_rule = 'MAJORITY' WHERE id = CAST(? AS uuid)")
				.param(agreement.toString()).update()))
			.startsWith("entry " + established.answer().get("entryIndex").asLong() + ": content changed");
	}

	@Test
	void theRegistryIsLoggedAndAChangedDesignationOrDisputeIsNamed() throws Exception {
		var registered = json(post("secretariat.kz", "/api/v1/actors", """
				{"name": "Liwa al-Daftar %s", "aliases": ["Ledger Brigade %s"], "kind": "ARMED_GROUP",
				 "affiliations": [{"party": "SYO", "effectiveFrom": "2016-12-29T22:00:00Z"}]}""".formatted(run, run))
			.andExpect(status().isCreated()));
		var actor = registered.get("id").asString();
		var aliased = json(post("secretariat.kz", "/api/v1/actors/" + actor + "/aliases", "{\"alias\": \"Daftar " + run + "\"}")
			.andExpect(status().isCreated()));
		var designated = json(post("guarantor.ru", "/api/v1/actors/" + actor + "/designations", """
				{"kind": "EXCLUDED_FROM_TRUCE", "effectiveFrom": "2016-12-29T22:00:00Z",
				 "basis": "Fights beside Jabhat Fateh al-Sham."}""")
			.andExpect(status().isCreated()));
		var designation = designated.get("id").asString();
		var disputed = json(post("guarantor.tr", "/api/v1/actors/" + actor + "/designations/" + designation + "/disputes",
				"{\"reason\": \"It signed the ceasefire.\"}")
			.andExpect(status().isCreated()));

		assertThat(tampering.entry(index(registered))).contains("\"type\":\"actor.registered\"",
				"\"subjectId\":\"" + actor + "/1\"", "\"delegation\":\"KZ\"");
		assertThat(tampering.entry(index(aliased))).contains("\"type\":\"actor.alias-added\"", "\"subjectId\":\"" + actor + "/2\"");
		assertThat(tampering.entry(index(designated))).contains("\"type\":\"actor.designated\"",
				"\"subjectId\":\"" + designation + "\"", "\"delegation\":\"RU\"");
		assertThat(tampering.entry(index(disputed))).contains("\"type\":\"actor.designation-disputed\"",
				"\"subjectId\":\"" + designation + "/disputes/TR\"", "\"delegation\":\"TR\"");
		assertThat(disputed.get("disputes").get(0).get("disputedBy").asString()).isEqualTo("TR");

		var references = new LedgerReferences(mvc);
		var current = references.check("observer.jo", "/api/v1/actors/{id}/ledger", actor);
		assertThat(current.answer().get("entryIndex").asLong()).isEqualTo(index(aliased));
		assertThat(current.content().get("revision").asInt()).isEqualTo(2);
		assertThat(current.content().get("aliases").get(0).asString()).isEqualTo("Daftar " + run);
		var registration = references.check("party.gov", "/api/v1/actors/{id}/revisions/1/ledger", actor);
		assertThat(registration.content().get("name").asString()).isEqualTo("Liwa al-Daftar " + run);
		assertThat(registration.content().get("affiliations").get(0).get("party").asString()).isEqualTo("SYO");
		var basis = references.check("party.opp", "/api/v1/actors/{id}/designations/{d}/ledger", actor, designation);
		assertThat(basis.content().get("basis").asString()).isEqualTo("Fights beside Jabhat Fateh al-Sham.");
		var dispute = references.check("party.opp", "/api/v1/actors/{id}/designations/{d}/disputes/TR/ledger", actor, designation);
		assertThat(dispute.content().get("reason").asString()).isEqualTo("It signed the ceasefire.");
		references.hidden("observer.jo", "/api/v1/actors/{id}/revisions/3/ledger", actor);
		references.hidden("observer.jo", "/api/v1/actors/{id}/designations/{d}/disputes/IR/ledger", actor, designation);
		assertThat(tampering.verifyAfter(sql -> { })).isInstanceOf(Verification.Intact.class);

		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE designation SET basis = 'None.' WHERE id = CAST(? AS uuid)")
				.param(designation).update()))
			.startsWith("entry " + index(designated) + ": content changed")
			.contains("actor.designated " + designation);
		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE designation_dispute SET reason = 'None.' "
				+ "WHERE designation_id = CAST(? AS uuid)").param(designation).update()))
			.startsWith("entry " + index(disputed) + ": content changed");
		assertThat(tampering.firstAfter(sql -> sql.sql("DELETE FROM designation_dispute WHERE designation_id = CAST(? AS uuid)")
				.param(designation).update()))
			.startsWith("entry " + index(disputed) + ": subject missing");
		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE actor SET kind = 'COALITION' WHERE id = CAST(? AS uuid)")
				.param(actor).update()))
			.startsWith("entry " + index(aliased) + ": content changed");
		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE actor_affiliation SET party = 'SYG' WHERE actor_id = CAST(? AS uuid)")
				.param(actor).update()))
			.startsWith("entry " + index(registered) + ": content changed");
	}

	@Test
	void theSeededDesignationAndItsDisputesAreLogged() throws Exception {
		var actors = json(new Api(mvc).get("observer.jo", "/api/v1/actors?q=Ahrar").andExpect(status().isOk())).get("items");
		var ahrar = StreamSupport.stream(actors.spliterator(), false).filter(a -> a.get("ucdpId").asInt() == AHRAR_AL_SHAM)
			.findFirst().orElseThrow();
		var designation = StreamSupport.stream(ahrar.get("designations").spliterator(), false)
			.filter(d -> d.get("designatedBy").asString().equals("RU"))
			.findFirst().orElseThrow().get("id").asString();
		var references = new LedgerReferences(mvc);
		var designated = references.check("observer.jo", "/api/v1/actors/{id}/designations/{d}/ledger", ahrar.get("id").asString(),
				designation);
		assertThat(designated.entry().get("delegation").asString()).isEqualTo("RU");
		var disputed = references.check("observer.jo", "/api/v1/actors/{id}/designations/{d}/disputes/TR/ledger",
				ahrar.get("id").asString(), designation);
		references.check("observer.jo", "/api/v1/actors/{id}/designations/{d}/disputes/SYO/ledger", ahrar.get("id").asString(),
				designation);

		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE designation SET effective_to = effective_from + interval '1 day' "
				+ "WHERE id = CAST(? AS uuid)").param(designation).update()))
			.startsWith("entry " + designated.answer().get("entryIndex").asLong() + ": content changed")
			.contains("actor.designated " + designation);
		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE designation_dispute SET disputed_by = 'IR' "
				+ "WHERE designation_id = CAST(? AS uuid) AND disputed_by = 'TR'").param(designation).update()))
			.startsWith("entry " + disputed.answer().get("entryIndex").asLong() + ": subject missing");
	}

	@Test
	void aZoneIsLoggedForItsReadersAndAChangedGeometryIsNamed() throws Exception {
		var zone = json(post("guarantor.ru", "/api/v1/zones", """
				{"type": "Feature",
				 "properties": {"name": "Ledger test zone %s", "kind": "de-escalation", "effectiveFrom": "2017-05-06T00:00:00Z",
				                "confidentiality": "GUARANTORS"},
				 "geometry": {"type": "Polygon",
				              "coordinates": [[[36.33, 33.50], [36.55, 33.50], [36.55, 33.62], [36.33, 33.62], [36.33, 33.50]]]}}"""
			.formatted(run))
			.andExpect(status().isCreated()));
		var id = zone.get("id").asString();
		assertThat(zone.get("type").asString()).isEqualTo("Feature");
		assertThat(tampering.entry(index(zone))).contains("\"type\":\"zone.defined\"", "\"subjectId\":\"" + id + "\"",
				"\"delegation\":\"RU\"");

		var references = new LedgerReferences(mvc);
		var defined = references.check("guarantor.tr", "/api/v1/zones/{id}/ledger", id);
		assertThat(defined.content().get("geometry").asString()).contains("36.33");
		assertThat(defined.content().get("minLat").asDouble()).isEqualTo(33.50);
		references.hidden("party.gov", "/api/v1/zones/{id}/ledger", id);
		references.hidden("observer.jo", "/api/v1/zones/{id}/ledger", id);

		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE zone SET geometry = replace(geometry, '36.55', '36.75') "
				+ "WHERE id = CAST(? AS uuid)").param(id).update()))
			.startsWith("entry " + index(zone) + ": content changed")
			.contains("zone.defined " + id);
		assertThat(tampering.firstAfter(sql -> sql.sql("UPDATE zone SET max_lon = 36.75 WHERE id = CAST(? AS uuid)").param(id)
				.update()))
			.startsWith("entry " + index(zone) + ": content changed");
	}

	/** A change through the API, as the demo user. */
	private ResultActions post(String username, String path, String json) throws Exception {
		return new Api(mvc).post(username, json, path);
	}
}
