package org.truce.agreement;

/** What a designation says of an actor. */
public enum DesignationKind {

	/** The truce does not protect the actor: attacks on it are no breach (e.g. ISIL and Jabhat Fateh al-Sham). */
	EXCLUDED_FROM_TRUCE,
	/** Listed as terrorist by a body the designating delegation names in the basis (UN Security Council, a state). */
	TERRORIST_LISTED
}
