package org.truce.talks;

/** A delegation's position on a version of a proposal. */
public enum Stance {

	SUPPORT, OPPOSE,
	/** Supports the proposal if it is changed as the position's text says; the text is required. */
	AMEND
}
