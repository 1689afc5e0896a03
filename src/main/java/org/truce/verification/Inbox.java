package org.truce.verification;

import java.util.List;
import java.util.UUID;

/**
 * What awaits a member's action.
 *
 * @param votesAwaited cases in a vote this guarantor has not cast
 * @param repliesDue cases awaiting this party's reply
 * @param overdueTasks tasks past their due date: the member's own, or all of them for guarantors and the secretariat
 * @param openTasks the member's own tasks not yet done (monitoring teams)
 */
public record Inbox(List<CaseSnapshot> votesAwaited, List<CaseSnapshot> repliesDue, List<TaskOfCase> overdueTasks,
		List<TaskOfCase> openTasks) {

	/** A task with the case it belongs to. */
	public record TaskOfCase(CaseId caseId, UUID incidentId, MonitorTask task) {
	}
}
