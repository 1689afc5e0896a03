package org.truce.verification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * What awaits a member's action.
 *
 * @param votesAwaited cases in a vote this guarantor has not cast
 * @param repliesDue for a party, the replies it may still give; for guarantors and the secretariat, every reply awaited
 *     from an accused party, those past their deadline first
 * @param overdueTasks tasks past their due date: the member's own, or all of them for guarantors and the secretariat
 * @param openTasks the member's own tasks not yet done (monitoring teams)
 */
public record Inbox(List<CaseSnapshot> votesAwaited, List<ReplyDue> repliesDue, List<TaskOfCase> overdueTasks,
		List<TaskOfCase> openTasks) {

	/**
	 * A reply a case awaits.
	 *
	 * @param from the accused parties that have not answered since the reply was requested (for a party, itself)
	 * @param overdue whether the deadline has passed without their reply
	 */
	public record ReplyDue(CaseId caseId, List<DelegationCode> from, Instant dueAt, boolean overdue) {
	}

	/**
	 * A task with the case it belongs to.
	 *
	 * @param incidentId the incident of the case, if the member may see it
	 */
	public record TaskOfCase(CaseId caseId, @Nullable UUID incidentId, MonitorTask task) {
	}
}
