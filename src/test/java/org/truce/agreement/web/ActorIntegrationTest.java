package org.truce.agreement.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.truce.TruceIntegrationTest;
import org.truce.agreement.Actor;
import org.truce.agreement.ActorDesignated;
import org.truce.agreement.ActorKind;
import org.truce.agreement.ActorRegistered;
import org.truce.agreement.Actors;
import org.truce.agreement.Designation;
import org.truce.agreement.DesignationDisputed;
import org.truce.agreement.DesignationKind;
import org.truce.agreement.EffectivePeriod;
import org.truce.agreement.NewActor;
import org.truce.agreement.NewAffiliation;
import org.truce.agreement.NewDesignation;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.identity.Delegations;
import org.truce.identity.UserAdministration;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TruceIntegrationTest
@RecordApplicationEvents
class ActorIntegrationTest {

	private static final DelegationCode GUARANTOR = new DelegationCode("ACGUA");
	private static final DelegationCode PARTY = new DelegationCode("ACPTY");
	private static final Instant TRUCE = Instant.parse("2016-12-29T22:00:00Z");
	/** UCDP actor ids of the reference scenario's excluded groups. */
	private static final int ISLAMIC_STATE = 234;
	private static final int FATEH_AL_SHAM = 1170;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	Actors actors;

	@Autowired
	ApplicationEvents events;

	private RequestPostProcessor secretariat;
	private RequestPostProcessor guarantor;
	private RequestPostProcessor party;

	@BeforeAll
	static void registry(@Autowired Delegations delegations, @Autowired UserAdministration users, @Autowired Actors actors) {
		Members.provision(delegations, users, "ACSEC", Role.SECRETARIAT);
		Members.provision(delegations, users, GUARANTOR.value(), Role.GUARANTOR);
		Members.provision(delegations, users, PARTY.value(), Role.PARTY);
		Members.provision(delegations, users, "ACOBS", Role.OBSERVER);
		seedExcludedGroups(actors);
	}

	@BeforeEach
	void tokens() throws Exception {
		secretariat = Members.bearer(mvc, "ACSEC");
		guarantor = Members.bearer(mvc, GUARANTOR.value());
		party = Members.bearer(mvc, PARTY.value());
	}

	@Test
	void theSecretariatRegistersActorsAndNobodyElseMay() throws Exception {
		var body = """
				{"name": "Liwa al-Ikhtibar", "aliases": ["Brigade of the Test"], "kind": "ARMED_GROUP",
				 "affiliations": [{"party": "ACPTY", "effectiveFrom": "2016-12-29T22:00:00Z"}]}""";
		mvc.perform(post("/api/v1/actors").with(guarantor).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isForbidden());

		var location = mvc.perform(post("/api/v1/actors").with(secretariat).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, containsString("/api/v1/actors/")))
			.andExpect(jsonPath("$.name").value("Liwa al-Ikhtibar"))
			.andExpect(jsonPath("$.affiliations[0].party").value("ACPTY"))
			.andReturn().getResponse().getHeader(HttpHeaders.LOCATION);

		mvc.perform(get(location).with(party))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.aliases[0]").value("Brigade of the Test"))
			.andExpect(jsonPath("$.kind").value("ARMED_GROUP"));
		mvc.perform(post("/api/v1/actors").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "LIWA AL IKHTIBAR", "kind": "ARMED_GROUP"}"""))
			.andExpect(status().isConflict());
		mvc.perform(post(location + "/aliases").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"alias": "Test Brigade"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.aliases").value(hasItem("Test Brigade")));
		mvc.perform(post(location + "/aliases").with(party).contentType(MediaType.APPLICATION_JSON).content("""
				{"alias": "Another name"}"""))
			.andExpect(status().isForbidden());
		assertThat(events.stream(ActorRegistered.class)).hasSize(1);
	}

	@Test
	void invalidActorsAreRefusedNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/actors").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"kind": "ARMED_GROUP"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("name"));
		mvc.perform(post("/api/v1/actors").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Jaysh al-Ghalat", "kind": "ARMED_GROUP",
				 "affiliations": [{"party": "NOSUCH", "effectiveFrom": "2016-12-29T22:00:00Z"}]}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("affiliations[0].party"));
		mvc.perform(post("/api/v1/actors").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Jaysh al-Ghalat", "kind": "ARMED_GROUP",
				 "affiliations": [{"party": "ACPTY", "effectiveFrom": "2017-01-02T00:00:00Z", "effectiveTo": "2017-01-01T00:00:00Z"}]}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("affiliations[0].effectiveTo"));
		mvc.perform(post("/api/v1/actors").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"name": "Jaysh al-Ghalat", "kind": "PIRATES"}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("kind"));
	}

	@Test
	void unknownActorsAndDesignationsAreNotFound() throws Exception {
		var unknown = UUID.randomUUID();
		mvc.perform(get("/api/v1/actors/" + unknown).with(party))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(post("/api/v1/actors/" + unknown + "/designations").with(guarantor).contentType(MediaType.APPLICATION_JSON)
				.content(designation()))
			.andExpect(status().isNotFound());
		var islamicState = seeded(ISLAMIC_STATE);
		mvc.perform(post("/api/v1/actors/" + islamicState.id() + "/designations/" + unknown + "/disputes").with(party)
				.contentType(MediaType.APPLICATION_JSON).content("""
						{"reason": "No such designation"}"""))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/actors/not-an-id").with(party))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("id"));
	}

	@Test
	void guarantorsDesignateAndAnyDelegationDisputesOnce() throws Exception {
		var actor = actors.seed(new NewActor("Kata'ib al-Tajriba", List.of(), ActorKind.ARMED_GROUP, null,
				List.of(NewAffiliation.toParty(PARTY, EffectivePeriod.from(TRUCE)))), PARTY);
		var designations = "/api/v1/actors/" + actor.id() + "/designations";
		mvc.perform(post(designations).with(party).contentType(MediaType.APPLICATION_JSON).content(designation()))
			.andExpect(status().isForbidden());

		var created = mvc.perform(post(designations).with(guarantor).contentType(MediaType.APPLICATION_JSON).content(designation()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("EXCLUDED_FROM_TRUCE"))
			.andExpect(jsonPath("$.designatedBy").value("ACGUA"))
			.andExpect(jsonPath("$.disputed").value(false))
			.andReturn().getResponse();
		var designationId = json.readTree(created.getContentAsString()).get("id").asString();
		mvc.perform(post(designations).with(guarantor).contentType(MediaType.APPLICATION_JSON).content(designation()))
			.andExpect(status().isConflict());

		var disputes = designations + "/" + designationId + "/disputes";
		mvc.perform(post(disputes).with(party).contentType(MediaType.APPLICATION_JSON).content("""
				{"reason": "The group signed the truce on 29 December"}"""))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.disputed").value(true))
			.andExpect(jsonPath("$.disputes[0].disputedBy").value("ACPTY"));
		mvc.perform(post(disputes).with(party).contentType(MediaType.APPLICATION_JSON).content("""
				{"reason": "Once more"}"""))
			.andExpect(status().isConflict());
		mvc.perform(post(disputes).with(Members.bearer(mvc, "ACOBS")).contentType(MediaType.APPLICATION_JSON).content("""
				{"reason": "Observers follow the question"}"""))
			.andExpect(status().isForbidden());
		mvc.perform(post(disputes).with(secretariat).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("reason"));

		mvc.perform(get(created.getHeader(HttpHeaders.LOCATION)).with(secretariat))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.disputes.length()").value(1));
		assertThat(actors.designationsAt(actor.id(), TRUCE.plusSeconds(1))).singleElement().satisfies(d -> {
			assertThat(d.isDisputed()).isTrue();
			assertThat(d.id().toString()).isEqualTo(designationId);
		});
		assertThat(actors.designationsAt(actor.id(), TRUCE.minusSeconds(1))).isEmpty();
		assertThat(actor.affiliations()).singleElement().satisfies(a -> assertThat(a.party()).isEqualTo(PARTY));
		assertThat(events.stream(ActorDesignated.class)).singleElement()
			.satisfies(e -> assertThat(e.designation().toString()).isEqualTo(designationId));
		assertThat(events.stream(DesignationDisputed.class)).singleElement()
			.satisfies(e -> assertThat(e.disputedBy()).isEqualTo(PARTY));
	}

	@Test
	void searchFindsActorsByNameOrAliasRegardlessOfCaseAndAccents() throws Exception {
		for (var query : List.of("ISIL", "Islamic State", "daesh", "IS")) {
			mvc.perform(get("/api/v1/actors").param("q", query).with(party))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].ucdpId").value(ISLAMIC_STATE))
				.andExpect(jsonPath("$.items[0].designations[0].kind").value("EXCLUDED_FROM_TRUCE"));
		}
		for (var query : List.of("Jabhat Fateh al-Sham", "jabhat fatéh al shâm", "Nusra")) {
			mvc.perform(get("/api/v1/actors").param("q", query).with(party))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[0].ucdpId").value(FATEH_AL_SHAM))
				.andExpect(jsonPath("$.items[0].designations[?(@.disputed == true)]").exists());
		}
		mvc.perform(get("/api/v1/actors").param("q", "no such group anywhere").with(party))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(0))
			.andExpect(jsonPath("$.items").isEmpty());
		mvc.perform(get("/api/v1/actors").param("limit", "0").with(party))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("limit"));
	}

	@Test
	void seedingTwiceChangesNothing() {
		var before = List.of(seeded(ISLAMIC_STATE), seeded(FATEH_AL_SHAM));
		var total = actors.search("", 200).total();

		seedExcludedGroups(actors);

		assertThat(List.of(seeded(ISLAMIC_STATE), seeded(FATEH_AL_SHAM))).isEqualTo(before);
		assertThat(actors.search("", 200).total()).isEqualTo(total);
		assertThat(events.stream(ActorRegistered.class)).isEmpty();
		assertThat(events.stream(ActorDesignated.class)).isEmpty();
		assertThat(events.stream(DesignationDisputed.class)).isEmpty();
	}

	@Test
	void seedingInTheNameOfAnUnknownDelegationFails() {
		assertThatThrownBy(() -> actors.seed(new NewActor("Jund al-Majhul", List.of(), ActorKind.ARMED_GROUP, null),
				new DelegationCode("NOSUCH")))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().field()).isEqualTo("delegation"));
	}

	@Test
	void seedingARenamedActorKeepsItsFormerNameAsAlias() {
		var original = actors.seed(new NewActor("Harakat al-Qadim", List.of(), ActorKind.ARMED_GROUP, 990_001), PARTY);
		var renamed = actors.seed(new NewActor("Harakat al-Jadid", List.of(), ActorKind.COALITION, 990_001), PARTY);

		assertThat(renamed.id()).isEqualTo(original.id());
		assertThat(renamed.name()).isEqualTo("Harakat al-Jadid");
		assertThat(renamed.kind()).isEqualTo(ActorKind.COALITION);
		assertThat(renamed.aliases()).containsExactly("Harakat al-Qadim");
	}

	@Test
	void thePagesListAndShowActors() throws Exception {
		Cookie session = Members.session(mvc, PARTY.value());
		mvc.perform(get("/actors").param("q", "isil").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Islamic State")))
			.andExpect(content().string(containsString("Excluded from the truce")));
		mvc.perform(get("/actors/" + seeded(FATEH_AL_SHAM).id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Jabhat al-Nusra")))
			.andExpect(content().string(containsString("disputed")))
			.andExpect(content().string(containsString("Backed by")));
		mvc.perform(get("/actors/" + UUID.randomUUID()).cookie(session))
			.andExpect(status().isNotFound());
	}

	/** The reference scenario's excluded groups as the demo seed records them, plus a dispute of this test's own. */
	private static void seedExcludedGroups(Actors actors) {
		var backer = actors.seed(new NewActor("Government of Testland", List.of(), ActorKind.STATE_FORCE, null), PARTY);
		var islamicState = actors.seed(new NewActor("IS", List.of("Islamic State", "ISIL", "ISIS", "Daesh"), ActorKind.ARMED_GROUP,
				ISLAMIC_STATE), PARTY);
		var fatehAlSham = actors.seed(new NewActor("Jabhat Fateh al-Sham", List.of("Jabhat al-Nusra", "al-Nusra Front"),
				ActorKind.ARMED_GROUP, FATEH_AL_SHAM,
				List.of(NewAffiliation.toBacker(backer.id(), EffectivePeriod.from(TRUCE)))), PARTY);
		var excluded = new NewDesignation(DesignationKind.EXCLUDED_FROM_TRUCE, EffectivePeriod.from(TRUCE),
				"Excluded by the ceasefire agreement of 29 December 2016");
		actors.seedDesignation(islamicState.id(), excluded, GUARANTOR);
		Designation designation = actors.seedDesignation(fatehAlSham.id(), excluded, GUARANTOR);
		actors.seedDispute(fatehAlSham.id(), designation.id(), "Its units are intermingled with signatories", PARTY);
	}

	private Actor seeded(int ucdpId) {
		return actors.search("", 200).items().stream().filter(a -> Integer.valueOf(ucdpId).equals(a.ucdpId())).findFirst()
			.orElseThrow();
	}

	private static String designation() {
		return """
				{"kind": "EXCLUDED_FROM_TRUCE", "effectiveFrom": "2016-12-29T22:00:00Z", "basis": "Listed by the guarantors"}""";
	}
}
