package org.truce.report;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * What a report alleges: ACLED's sub-event types, as kebab-case codes, plus the breaches particular to a ceasefire.
 * The ACLED event type and sub-event type are kept for import and export.
 */
public enum Category {

	ARMED_CLASH("armed-clash", "Battles", "Armed clash"),
	GOVERNMENT_REGAINS_TERRITORY("government-regains-territory", "Battles", "Government regains territory"),
	NON_STATE_ACTOR_OVERTAKES_TERRITORY("non-state-actor-overtakes-territory", "Battles", "Non-state actor overtakes territory"),
	CHEMICAL_WEAPON("chemical-weapon", "Explosions/Remote violence", "Chemical weapon"),
	AIR_DRONE_STRIKE("air-drone-strike", "Explosions/Remote violence", "Air/drone strike"),
	SUICIDE_BOMB("suicide-bomb", "Explosions/Remote violence", "Suicide bomb"),
	SHELLING_ARTILLERY_MISSILE_ATTACK("shelling-artillery-missile-attack", "Explosions/Remote violence", "Shelling/artillery/missile attack"),
	REMOTE_EXPLOSIVE_LANDMINE_IED("remote-explosive-landmine-ied", "Explosions/Remote violence", "Remote explosive/landmine/IED"),
	GRENADE("grenade", "Explosions/Remote violence", "Grenade"),
	SEXUAL_VIOLENCE("sexual-violence", "Violence against civilians", "Sexual violence"),
	ATTACK("attack", "Violence against civilians", "Attack"),
	ABDUCTION_FORCED_DISAPPEARANCE("abduction-forced-disappearance", "Violence against civilians", "Abduction/forced disappearance"),
	PEACEFUL_PROTEST("peaceful-protest", "Protests", "Peaceful protest"),
	PROTEST_WITH_INTERVENTION("protest-with-intervention", "Protests", "Protest with intervention"),
	EXCESSIVE_FORCE_AGAINST_PROTESTERS("excessive-force-against-protesters", "Protests", "Excessive force against protesters"),
	VIOLENT_DEMONSTRATION("violent-demonstration", "Riots", "Violent demonstration"),
	MOB_VIOLENCE("mob-violence", "Riots", "Mob violence"),
	AGREEMENT("agreement", "Strategic developments", "Agreement"),
	ARRESTS("arrests", "Strategic developments", "Arrests"),
	CHANGE_TO_GROUP_ACTIVITY("change-to-group-activity", "Strategic developments", "Change to group/activity"),
	DISRUPTED_WEAPONS_USE("disrupted-weapons-use", "Strategic developments", "Disrupted weapons use"),
	HEADQUARTERS_OR_BASE_ESTABLISHED("headquarters-or-base-established", "Strategic developments", "Headquarters or base established"),
	LOOTING_PROPERTY_DESTRUCTION("looting-property-destruction", "Strategic developments", "Looting/property destruction"),
	NON_VIOLENT_TRANSFER_OF_TERRITORY("non-violent-transfer-of-territory", "Strategic developments", "Non-violent transfer of territory"),
	OTHER("other", "Strategic developments", "Other"),
	ACCESS_DENIED("access-denied", null, null),
	AID_OBSTRUCTED("aid-obstructed", null, null),
	HEAVY_WEAPONS_OUTSIDE_LINES("heavy-weapons-outside-lines", null, null),
	ATTACK_ON_PROTECTED_SITE("attack-on-protected-site", null, null),
	TROOP_MOVEMENT("troop-movement", null, null),
	HOSTILE_PROPAGANDA("hostile-propaganda", null, null);

	private static final Map<String, Category> BY_CODE = Arrays.stream(values())
		.collect(Collectors.toUnmodifiableMap(Category::code, Function.identity()));

	private final String code;
	private final @Nullable String acledEventType;
	private final @Nullable String acledSubEventType;

	Category(String code, @Nullable String acledEventType, @Nullable String acledSubEventType) {
		this.code = code;
		this.acledEventType = acledEventType;
		this.acledSubEventType = acledSubEventType;
	}

	public static Optional<Category> ofCode(String code) {
		return Optional.ofNullable(BY_CODE.get(code));
	}

	public String code() {
		return code;
	}

	/** ACLED's event type, or none for the ceasefire-specific categories. */
	public Optional<String> acledEventType() {
		return Optional.ofNullable(acledEventType);
	}

	public Optional<String> acledSubEventType() {
		return Optional.ofNullable(acledSubEventType);
	}

	public boolean ceasefireSpecific() {
		return acledEventType == null;
	}

	/** The message bundle key of the category's name. */
	public String messageKey() {
		return "category." + code;
	}
}
