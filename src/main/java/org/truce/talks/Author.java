package org.truce.talks;

/** Who speaks in a thread of proximity talks: its party, or the mediator. */
public enum Author {
	PARTY, MEDIATOR
}
