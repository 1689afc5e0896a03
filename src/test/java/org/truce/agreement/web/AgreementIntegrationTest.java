package org.truce.agreement.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

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
import org.truce.agreement.AgreementId;
import org.truce.agreement.AgreementMember;
import org.truce.agreement.Agreements;
import org.truce.agreement.ClauseDraft;
import org.truce.agreement.ClauseVersionAdded;
import org.truce.agreement.DecisionRule;
import org.truce.agreement.EffectivePeriod;
import org.truce.agreement.NewAgreement;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.identity.Delegations;
import org.truce.identity.UserAdministration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TruceIntegrationTest
@RecordApplicationEvents
class AgreementIntegrationTest {

	private static final DelegationCode SECRETARIAT = new DelegationCode("AGSEC");
	private static final Instant IN_EFFECT = Instant.parse("2016-06-01T00:00:00Z");
	private static final NewAgreement AGREEMENT = new NewAgreement("Agreement of the integration test", LocalDate.parse("2016-06-01"),
			IN_EFFECT, DecisionRule.UNANIMITY, List.of(new AgreementMember(new DelegationCode("AGGUA"), Role.GUARANTOR),
					new AgreementMember(new DelegationCode("AGOBS"), Role.OBSERVER), new AgreementMember(SECRETARIAT, Role.SECRETARIAT)));
	private static final ClauseDraft CEASE_FIRE = new ClauseDraft("The parties cease all armed attacks.",
			EffectivePeriod.from(IN_EFFECT), null);

	@Autowired
	MockMvc mvc;

	@Autowired
	Agreements agreements;

	@Autowired
	ApplicationEvents events;

	private String agreement;
	private RequestPostProcessor secretariat;
	private RequestPostProcessor guarantor;
	private RequestPostProcessor observer;

	@BeforeAll
	static void members(@Autowired Delegations delegations, @Autowired UserAdministration users, @Autowired Agreements agreements) {
		Members.provision(delegations, users, SECRETARIAT.value(), Role.SECRETARIAT);
		Members.provision(delegations, users, "AGGUA", Role.GUARANTOR);
		Members.provision(delegations, users, "AGOBS", Role.OBSERVER);
		seed(agreements);
	}

	@BeforeEach
	void tokens() throws Exception {
		agreement = "/api/v1/agreements/" + seed(agreements);
		secretariat = Members.bearer(mvc, SECRETARIAT.value());
		guarantor = Members.bearer(mvc, "AGGUA");
		observer = Members.bearer(mvc, "AGOBS");
	}

	@Test
	void everyMemberReadsTheAgreementWithItsMembersRuleAndClauses() throws Exception {
		mvc.perform(get("/api/v1/agreements").with(observer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[*].name").value(hasItem(AGREEMENT.name())));
		mvc.perform(get(agreement).with(observer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decisionRule").value("UNANIMITY"))
			.andExpect(jsonPath("$.effectiveFrom").value("2016-06-01T00:00:00Z"))
			.andExpect(jsonPath("$.members[?(@.delegation == 'AGGUA')].role").value("GUARANTOR"))
			.andExpect(jsonPath("$.members[?(@.delegation == 'AGGUA')].name").value("AGGUA delegation"))
			.andExpect(jsonPath("$.clauses[0].number").value("1"))
			.andExpect(jsonPath("$.clauses[0].text").value(CEASE_FIRE.text()))
			.andExpect(jsonPath("$.clauses[0].inForce").value(true));
	}

	@Test
	void onlyTheSecretariatAddsClauses() throws Exception {
		var clause = """
				{"number": "2.a", "text": "Heavy weapons stay behind the agreed lines.", "effectiveFrom": "2017-01-24T00:00:00Z"}""";
		mvc.perform(post(agreement + "/clauses").with(guarantor).contentType(MediaType.APPLICATION_JSON).content(clause))
			.andExpect(status().isForbidden());
		mvc.perform(post(agreement + "/clauses").with(secretariat).contentType(MediaType.APPLICATION_JSON).content(clause))
			.andExpect(status().isCreated())
			.andExpect(header().string(HttpHeaders.LOCATION, endsWith("/clauses/2.a/versions")))
			.andExpect(jsonPath("$.versions[0].amendedBy").value("AGSEC"));
		mvc.perform(post(agreement + "/clauses").with(secretariat).contentType(MediaType.APPLICATION_JSON).content(clause))
			.andExpect(status().isConflict());
		mvc.perform(get(agreement + "/clauses/2.a/versions").with(observer))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versions.length()").value(1));
		assertThat(events.stream(ClauseVersionAdded.class)).singleElement()
			.satisfies(e -> assertThat(e.clause()).isEqualTo("2.a"));
	}

	@Test
	void invalidClausesAreRefusedNamingTheField() throws Exception {
		mvc.perform(post(agreement + "/clauses").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"number": "two and a half", "text": "Text."}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("number"));
		mvc.perform(post(agreement + "/clauses").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"number": "9"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("text"));
		mvc.perform(post(agreement + "/clauses").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"number": "9", "text": "Before the truce.", "effectiveFrom": "2016-01-01T00:00:00Z"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("effectiveFrom"));
	}

	@Test
	void anAmendmentAddsAVersionAndKeepsTheHistory() throws Exception {
		mvc.perform(post(agreement + "/clauses").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"number": "3", "text": "Prisoners are exchanged.", "effectiveFrom": "2016-06-01T00:00:00Z"}"""))
			.andExpect(status().isCreated());
		var amendment = """
				{"text": "Detainees and abductees are released and exchanged.", "reason": "Agreed at the second Astana meeting",
				 "effectiveFrom": "2017-02-16T00:00:00Z"}""";
		mvc.perform(post(agreement + "/clauses/3/versions").with(observer).contentType(MediaType.APPLICATION_JSON).content(amendment))
			.andExpect(status().isForbidden());
		mvc.perform(post(agreement + "/clauses/3/versions").with(secretariat).contentType(MediaType.APPLICATION_JSON).content(amendment))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.versions.length()").value(2));
		mvc.perform(post(agreement + "/clauses/3/versions").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"text": "Unexplained change.", "effectiveFrom": "2017-03-01T00:00:00Z"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("reason"));
		mvc.perform(post(agreement + "/clauses/3/versions").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"text": "Backdated.", "reason": "Try", "effectiveFrom": "2017-01-01T00:00:00Z"}"""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("effectiveFrom"));

		mvc.perform(get(agreement + "/clauses/3/versions").with(guarantor))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.versions[0].text").value("Prisoners are exchanged."))
			.andExpect(jsonPath("$.versions[0].effectiveTo").value("2017-02-16T00:00:00Z"))
			.andExpect(jsonPath("$.versions[1].version").value(2))
			.andExpect(jsonPath("$.versions[1].reason").value("Agreed at the second Astana meeting"))
			.andExpect(jsonPath("$.versions[1].amendedBy").value("AGSEC"));
		mvc.perform(get(agreement).with(guarantor))
			.andExpect(jsonPath("$.clauses[?(@.number == '3')].text").value("Detainees and abductees are released and exchanged."));
	}

	@Test
	void unknownAgreementsAndClausesAreNotFound() throws Exception {
		var unknown = "/api/v1/agreements/" + UUID.randomUUID();
		mvc.perform(get(unknown).with(observer)).andExpect(status().isNotFound());
		mvc.perform(get(agreement + "/clauses/99/versions").with(observer)).andExpect(status().isNotFound());
		mvc.perform(post(unknown + "/clauses").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"number": "1", "text": "Text."}"""))
			.andExpect(status().isNotFound());
		mvc.perform(post(agreement + "/clauses/99/versions").with(secretariat).contentType(MediaType.APPLICATION_JSON).content("""
				{"text": "Text.", "reason": "Why not"}"""))
			.andExpect(status().isNotFound());
	}

	@Test
	void seedingTwiceChangesNothing() {
		var id = new AgreementId(UUID.fromString(seed(agreements)));
		var original = new ClauseDraft("Monitors have access to the contact lines.", EffectivePeriod.from(IN_EFFECT), null);
		var amendment = new ClauseDraft("Monitors have access to the contact lines and to detention sites.",
				EffectivePeriod.from(Instant.parse("2017-01-24T00:00:00Z")), "Agreed at Astana");
		agreements.seedClause(id, "4", original, SECRETARIAT);
		agreements.seedClause(id, "4", amendment, SECRETARIAT);
		var before = agreements.find(id).orElseThrow();

		assertThat(seed(agreements)).isEqualTo(id.toString());
		agreements.seedClause(id, "4", original, SECRETARIAT);
		agreements.seedClause(id, "4", amendment, SECRETARIAT);

		assertThat(agreements.find(id)).contains(before);
		assertThat(before.clause("4").orElseThrow().versions()).extracting(v -> v.version()).containsExactly(1, 2);
		assertThat(events.stream(ClauseVersionAdded.class)).hasSize(2);
	}

	@Test
	void anAgreementsTermsStayAsEstablished() {
		seed(agreements);
		var otherRule = new NewAgreement(AGREEMENT.name(), AGREEMENT.signedOn(), AGREEMENT.effectiveFrom(), DecisionRule.MAJORITY,
				AGREEMENT.members());

		assertThatThrownBy(() -> agreements.establish(otherRule, SECRETARIAT)).isInstanceOf(ConflictException.class)
			.hasMessageContaining("decided by UNANIMITY");
	}

	@Test
	void thePagesShowTheAgreementInForceAndEachClauseHistory() throws Exception {
		var session = Members.session(mvc, "AGOBS");
		var inForce = agreements.inForceAt(Instant.now()).orElseThrow();
		mvc.perform(get("/agreement").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(inForce.name())));
		mvc.perform(get("/agreement/clauses/" + inForce.clauses().getFirst().number()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(inForce.clauses().getFirst().latest().text())));
		mvc.perform(get("/agreement/clauses/no-such-clause").cookie(session))
			.andExpect(status().isNotFound());
	}

	/** The agreement as the demo seed establishes it, with its first clause; returns its id. */
	private static String seed(Agreements agreements) {
		var established = agreements.establish(AGREEMENT, SECRETARIAT);
		agreements.seedClause(established.id(), "1", CEASE_FIRE, SECRETARIAT);
		return established.id().toString();
	}
}
