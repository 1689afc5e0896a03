package org.truce.core;

/**
 * How widely a stored item may be read (DESIGN §2). Ordered from the widest to the narrowest audience,
 * so a level can only ever be raised, never lowered.
 */
public enum Confidentiality {

	/** Anyone, including the anonymous public. */
	PUBLIC,
	/** Every delegation of the mechanism, observers included. */
	MECHANISM,
	/** Guarantors, the secretariat and the submitting delegation. */
	GUARANTORS,
	/** The submitting delegation only (plus the mediator, for talks). */
	PRIVATE;

	public boolean isNarrowerThan(Confidentiality other) {
		return compareTo(other) > 0;
	}

	public boolean isAtLeast(Confidentiality other) {
		return compareTo(other) >= 0;
	}
}
