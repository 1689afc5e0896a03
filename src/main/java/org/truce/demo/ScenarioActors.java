package org.truce.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.agreement.ActorId;
import org.truce.agreement.ActorKind;
import org.truce.agreement.Actors;
import org.truce.agreement.DesignationKind;
import org.truce.agreement.EffectivePeriod;
import org.truce.agreement.NewActor;
import org.truce.agreement.NewAffiliation;
import org.truce.agreement.NewDesignation;

/**
 * The actors of the scenario: the UCDP actor list for Syria, with the names the mechanism uses for them, their
 * affiliation to the parties and their backers, the guarantors' designation of ISIL and Jabhat Fateh al-Sham as
 * excluded from the truce, and one designation that is disputed. The registry is seeded in one transaction, so that
 * its hundreds of rows and their ledger entries commit once.
 */
@Component
class ScenarioActors {

	static final int GOVERNMENT_OF_RUSSIA = 57;
	static final int GOVERNMENT_OF_IRAN = 114;
	static final int AHRAR_AL_SHAM = 5554;
	static final int SNA = 7514;

	private static final Map<Integer, List<String>> MECHANISM_ALIASES = Map.of(
			GedReportMapping.ISLAMIC_STATE, List.of("ISIL", "ISIS", "Islamic State", "Daesh", "Islamic State of Iraq and the Levant"),
			GedReportMapping.JABHAT_FATEH_AL_SHAM, List.of("Jabhat Fateh al-Sham", "JFS", "Jabhat al-Nusra", "Nusra Front"),
			GedReportMapping.HTS, List.of("Hay'at Tahrir al-Sham", "Hayat Tahrir al-Sham", "Tahrir al-Sham"),
			GedReportMapping.SYRIAN_INSURGENTS, List.of("Armed opposition", "Syrian armed opposition"),
			GedReportMapping.GOVERNMENT_OF_SYRIA, List.of("Syrian Arab Army", "Syrian government forces"));

	/** Groups that sat in the opposition's delegation or accepted the ceasefire through it. */
	private static final Set<Integer> OPPOSITION = Set.of(GedReportMapping.SYRIAN_INSURGENTS, 1130, AHRAR_AL_SHAM, 6377, 6391,
			6404, 6434, 6333, SNA);

	private static final String EXCLUSION_BASIS = "Clause 5 of the ceasefire agreement: the truce does not extend to it.";

	private final Actors actors;
	private final TransactionTemplate transactions;

	ScenarioActors(Actors actors, TransactionTemplate transactions) {
		this.actors = actors;
		this.transactions = transactions;
	}

	/** @return the registry's actor for each UCDP actor id of the list */
	Map<Integer, ActorId> seed() {
		return Objects.requireNonNull(transactions.execute(status -> seedRegistry()));
	}

	private Map<Integer, ActorId> seedRegistry() {
		var byUcdpId = new HashMap<Integer, ActorId>();
		for (var row : DataFiles.csv(DataFiles.UCDP_ACTORS)) {
			int ucdpId = Integer.parseInt(row.get("ActorId"));
			var name = row.get("NameData");
			var actor = actors.seed(new NewActor(name, aliases(ucdpId, name, row), kind(row.get("Org")), ucdpId,
					OPPOSITION.contains(ucdpId) ? List.of(NewAffiliation.toParty(ReferenceScenario.OPPOSITION, since()))
							: ucdpId == GedReportMapping.GOVERNMENT_OF_SYRIA
									? List.of(NewAffiliation.toParty(ReferenceScenario.GOVERNMENT, since()))
									: List.of()),
					ReferenceScenario.KAZAKHSTAN);
			byUcdpId.put(ucdpId, actor.id());
		}
		backers(byUcdpId);
		designations(byUcdpId);
		return byUcdpId;
	}

	private void backers(Map<Integer, ActorId> actorIds) {
		for (int backer : new int[] { GOVERNMENT_OF_RUSSIA, GOVERNMENT_OF_IRAN }) {
			actors.seed(withBacker(GedReportMapping.GOVERNMENT_OF_SYRIA, "Government of Syria", actorIds.get(backer),
					NewAffiliation.toParty(ReferenceScenario.GOVERNMENT, since())), ReferenceScenario.KAZAKHSTAN);
		}
		actors.seed(withBacker(SNA, "SNA", actorIds.get(GedReportMapping.GOVERNMENT_OF_TURKEY),
				NewAffiliation.toParty(ReferenceScenario.OPPOSITION, since())), ReferenceScenario.KAZAKHSTAN);
	}

	private static NewActor withBacker(int ucdpId, String name, ActorId backer, NewAffiliation party) {
		return new NewActor(name, List.of(), ucdpId == SNA ? ActorKind.ARMED_GROUP : ActorKind.STATE_FORCE, ucdpId,
				List.of(party, NewAffiliation.toBacker(backer, since())));
	}

	private void designations(Map<Integer, ActorId> actorIds) {
		var exclusion = new NewDesignation(DesignationKind.EXCLUDED_FROM_TRUCE, since(), EXCLUSION_BASIS);
		for (var guarantor : List.of(ReferenceScenario.RUSSIA, ReferenceScenario.TURKEY, ReferenceScenario.IRAN)) {
			actors.seedDesignation(actorIds.get(GedReportMapping.ISLAMIC_STATE), exclusion, guarantor);
			actors.seedDesignation(actorIds.get(GedReportMapping.JABHAT_FATEH_AL_SHAM), exclusion, guarantor);
		}
		var hts = new NewDesignation(DesignationKind.EXCLUDED_FROM_TRUCE,
				EffectivePeriod.from(Instant.parse("2017-01-28T00:00:00Z")),
				"Formed on 28 January 2017 around Jabhat Fateh al-Sham, which clause 5 excludes; its successor is excluded too.");
		actors.seedDesignation(actorIds.get(GedReportMapping.HTS), hts, ReferenceScenario.RUSSIA);
		var ahrar = actors.seedDesignation(actorIds.get(AHRAR_AL_SHAM),
				new NewDesignation(DesignationKind.EXCLUDED_FROM_TRUCE, since(),
						"Fights alongside Jabhat Fateh al-Sham in Idlib and shares its command rooms."),
				ReferenceScenario.RUSSIA);
		actors.seedDispute(actorIds.get(AHRAR_AL_SHAM), ahrar.id(),
				"A signatory of the ceasefire through the opposition delegation; operational proximity is no designation.",
				ReferenceScenario.TURKEY);
		actors.seedDispute(actorIds.get(AHRAR_AL_SHAM), ahrar.id(),
				"Accepted the ceasefire of 30 December and abides by it.", ReferenceScenario.OPPOSITION);
	}

	private static List<String> aliases(int ucdpId, String name, Map<String, String> row) {
		var aliases = new LinkedHashSet<String>(MECHANISM_ALIASES.getOrDefault(ucdpId, List.of()));
		for (var column : List.of("NameOrig", "NameOrigFullEng", "NewNameFullEng", "NamePrev")) {
			var value = row.getOrDefault(column, "").strip();
			if (!value.isEmpty() && !value.equalsIgnoreCase("n/a") && !value.contains(",")) {
				aliases.add(value);
			}
		}
		aliases.removeIf(alias -> alias.equalsIgnoreCase(name));
		return List.copyOf(aliases);
	}

	/** UCDP's organisation codes: 4 a state's government, 1 a formally organised group, 2 informal supporters. */
	private static ActorKind kind(String org) {
		return switch (org) {
			case "4" -> ActorKind.STATE_FORCE;
			case "2" -> ActorKind.INFORMAL_GROUP;
			default -> ActorKind.ARMED_GROUP;
		};
	}

	private static EffectivePeriod since() {
		return EffectivePeriod.from(ScenarioAgreement.IN_FORCE);
	}
}
