package org.truce.meeting;

/** What an agenda item deals with, and so what it may link to. */
public enum AgendaKind {
	/** The review of the truce's implementation since the previous meeting, with its briefing pack. */
	IMPLEMENTATION_REVIEW,
	/** A verification case. */
	CASE,
	/** A proposal of the talks. */
	PROPOSAL,
	/** A humanitarian item, or humanitarian cooperation in general. */
	HUMANITARIAN,
	/** Trust-building measures. */
	TRUST_BUILDING,
	/** An action item of an earlier meeting, carried forward until closed. */
	ACTION_ITEM_FOLLOW_UP,
	OTHER
}
