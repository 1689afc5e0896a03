package org.truce.agreement;

/** What sort of force an actor is; it decides nothing by itself, but reports and findings are read by it. */
public enum ActorKind {

	/** A state's armed forces, security services and the units under their command, at home or abroad. */
	STATE_FORCE,
	/** An irregular force fighting on a government's side without being part of its forces. */
	PRO_GOVERNMENT_MILITIA,
	/** An organised non-state armed group. */
	ARMED_GROUP,
	/** An alliance or umbrella of groups that acts, or is spoken of, as one. */
	COALITION,
	/** Armed people without a known organisation: clans, local defence, unidentified gunmen. */
	INFORMAL_GROUP
}
