package org.truce.meeting;

/**
 * The kinds of change a meeting goes through, each logged in the ledger under its own entry type. A change that
 * discloses who attends — an invitation, a line-up, an approval of the minutes — is logged in the name of the meeting's
 * organiser, the acting delegation being inside the hashed content only: the log is public, the line-up is not.
 */
enum MeetingChange {

	SCHEDULED("meeting.scheduled", false), AGENDA_ITEM_ADDED("meeting.agenda-item-added", false),
	INVITED("meeting.delegation-invited", true), LINE_UP_RECORDED("meeting.line-up-recorded", true),
	HELD("meeting.held", false), CANCELLED("meeting.cancelled", false), MINUTES_DRAFTED("meeting.minutes-drafted", false),
	MINUTES_APPROVED("meeting.minutes-approved", true), STATEMENT_PUBLISHED("meeting.statement-published", false);

	static final String ACTION_ITEM_DECIDED = "meeting.action-item-decided";
	static final String ACTION_ITEM_CLOSED = "meeting.action-item-closed";

	private final String ledgerType;
	private final boolean disclosesAttendance;

	MeetingChange(String ledgerType, boolean disclosesAttendance) {
		this.ledgerType = ledgerType;
		this.disclosesAttendance = disclosesAttendance;
	}

	String ledgerType() {
		return ledgerType;
	}

	/** Whether naming the acting delegation in the public log would disclose that it attends. */
	boolean disclosesAttendance() {
		return disclosesAttendance;
	}
}
