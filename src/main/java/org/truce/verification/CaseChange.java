package org.truce.verification;

/** The kinds of change a case goes through, each logged in the ledger under its own entry type. */
enum CaseChange {

	OPENED("case.opened"), MOVED("case.moved"), REPLIED("case.replied"), FINDING_DRAFTED("case.finding-drafted"),
	VOTED("case.voted"), TASK_ASSIGNED("case.task-assigned"), TASK_COMPLETED("case.task-completed");

	private final String ledgerType;

	CaseChange(String ledgerType) {
		this.ledgerType = ledgerType;
	}

	String ledgerType() {
		return ledgerType;
	}
}
