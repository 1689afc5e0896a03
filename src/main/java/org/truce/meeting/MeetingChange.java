package org.truce.meeting;

/** The kinds of change a meeting goes through, each logged in the ledger under its own entry type. */
enum MeetingChange {

	SCHEDULED("meeting.scheduled"), AGENDA_ITEM_ADDED("meeting.agenda-item-added"), INVITED("meeting.delegation-invited"),
	LINE_UP_RECORDED("meeting.line-up-recorded"), HELD("meeting.held"), CANCELLED("meeting.cancelled"),
	MINUTES_DRAFTED("meeting.minutes-drafted"), MINUTES_APPROVED("meeting.minutes-approved"),
	STATEMENT_PUBLISHED("meeting.statement-published");

	static final String ACTION_ITEM_DECIDED = "meeting.action-item-decided";
	static final String ACTION_ITEM_CLOSED = "meeting.action-item-closed";

	private final String ledgerType;

	MeetingChange(String ledgerType) {
		this.ledgerType = ledgerType;
	}

	String ledgerType() {
		return ledgerType;
	}
}
