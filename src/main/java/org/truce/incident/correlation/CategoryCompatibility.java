package org.truce.incident.correlation;

import java.util.Set;

import org.truce.report.Category;

/**
 * How compatible two categories are as descriptions of one event. Delegations describe the same strike differently —
 * shelling for one is an air strike for the other, an attack on a hospital is also a shelling — so categories are
 * grouped in families, a few pairs are known near-synonyms, and only categories that cannot describe one event count
 * against it.
 */
public enum CategoryCompatibility {

	SAME(1.75), CLOSE(1.5), RELATED(0.0), UNRELATED(-2.0);

	private static final Set<Set<Category>> CLOSE_PAIRS = Set.of(
			Set.of(Category.AIR_DRONE_STRIKE, Category.SHELLING_ARTILLERY_MISSILE_ATTACK),
			Set.of(Category.SHELLING_ARTILLERY_MISSILE_ATTACK, Category.HEAVY_WEAPONS_OUTSIDE_LINES),
			Set.of(Category.REMOTE_EXPLOSIVE_LANDMINE_IED, Category.SUICIDE_BOMB),
			Set.of(Category.AIR_DRONE_STRIKE, Category.ATTACK_ON_PROTECTED_SITE),
			Set.of(Category.SHELLING_ARTILLERY_MISSILE_ATTACK, Category.ATTACK_ON_PROTECTED_SITE),
			Set.of(Category.REMOTE_EXPLOSIVE_LANDMINE_IED, Category.ATTACK_ON_PROTECTED_SITE),
			Set.of(Category.SUICIDE_BOMB, Category.ATTACK_ON_PROTECTED_SITE),
			Set.of(Category.ATTACK, Category.ATTACK_ON_PROTECTED_SITE),
			Set.of(Category.ARMED_CLASH, Category.GOVERNMENT_REGAINS_TERRITORY),
			Set.of(Category.ARMED_CLASH, Category.NON_STATE_ACTOR_OVERTAKES_TERRITORY),
			Set.of(Category.ARMED_CLASH, Category.TROOP_MOVEMENT),
			Set.of(Category.ACCESS_DENIED, Category.AID_OBSTRUCTED),
			Set.of(Category.PROTEST_WITH_INTERVENTION, Category.EXCESSIVE_FORCE_AGAINST_PROTESTERS),
			Set.of(Category.VIOLENT_DEMONSTRATION, Category.MOB_VIOLENCE));

	/** Families whose members may describe one event from different sides: fighting comes with shelling, and so on. */
	private static final Set<Set<Family>> RELATED_FAMILIES = Set.of(
			Set.of(Family.REMOTE_VIOLENCE, Family.BATTLE),
			Set.of(Family.REMOTE_VIOLENCE, Family.AGAINST_CIVILIANS),
			Set.of(Family.BATTLE, Family.AGAINST_CIVILIANS),
			Set.of(Family.PROTEST, Family.AGAINST_CIVILIANS));

	private final double weight;

	CategoryCompatibility(double weight) {
		this.weight = weight;
	}

	/** The points this compatibility adds to a match weight. */
	public double weight() {
		return weight;
	}

	public static CategoryCompatibility of(Category a, Category b) {
		if (a == b) {
			return SAME;
		}
		if (CLOSE_PAIRS.contains(Set.of(a, b))) {
			return CLOSE;
		}
		var familyA = family(a);
		var familyB = family(b);
		if (familyA == familyB || familyA == Family.UNSPECIFIED || familyB == Family.UNSPECIFIED
				|| RELATED_FAMILIES.contains(Set.of(familyA, familyB))) {
			return RELATED;
		}
		return UNRELATED;
	}

	private static Family family(Category category) {
		return switch (category) {
			case AIR_DRONE_STRIKE, SHELLING_ARTILLERY_MISSILE_ATTACK, REMOTE_EXPLOSIVE_LANDMINE_IED, GRENADE, CHEMICAL_WEAPON,
					SUICIDE_BOMB, HEAVY_WEAPONS_OUTSIDE_LINES, ATTACK_ON_PROTECTED_SITE, DISRUPTED_WEAPONS_USE -> Family.REMOTE_VIOLENCE;
			case ARMED_CLASH, GOVERNMENT_REGAINS_TERRITORY, NON_STATE_ACTOR_OVERTAKES_TERRITORY, TROOP_MOVEMENT,
					NON_VIOLENT_TRANSFER_OF_TERRITORY, HEADQUARTERS_OR_BASE_ESTABLISHED -> Family.BATTLE;
			case ATTACK, ABDUCTION_FORCED_DISAPPEARANCE, SEXUAL_VIOLENCE, ARRESTS, LOOTING_PROPERTY_DESTRUCTION -> Family.AGAINST_CIVILIANS;
			case PEACEFUL_PROTEST, PROTEST_WITH_INTERVENTION, EXCESSIVE_FORCE_AGAINST_PROTESTERS, VIOLENT_DEMONSTRATION,
					MOB_VIOLENCE -> Family.PROTEST;
			case ACCESS_DENIED, AID_OBSTRUCTED -> Family.ACCESS;
			case AGREEMENT, CHANGE_TO_GROUP_ACTIVITY, HOSTILE_PROPAGANDA -> Family.POLITICAL;
			case OTHER -> Family.UNSPECIFIED;
		};
	}

	private enum Family {
		REMOTE_VIOLENCE, BATTLE, AGAINST_CIVILIANS, PROTEST, ACCESS, POLITICAL, UNSPECIFIED
	}
}
