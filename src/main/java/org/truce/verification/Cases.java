package org.truce.verification;

import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;
import org.truce.report.Evidence;
import org.truce.report.EvidenceFile;
import org.truce.report.EvidenceId;

/**
 * Verification cases. Guarantors and the secretariat run them; the accused party replies; monitoring teams report on
 * their tasks; everyone else sees a case only once its ruling is published. A case the viewer may not see is not found.
 */
public interface Cases {

	/**
	 * Opens the case of an incident; one active case per incident.
	 *
	 * @param accused the party delegations with the right of reply; when absent, those answering for the actors the
	 *     incident's reports accuse
	 */
	Recorded<CaseSnapshot> open(UUID incident, @Nullable List<DelegationCode> accused, String reason, Viewer.Member by);

	Recorded<CaseSnapshot> transition(CaseId id, CaseState to, String reason, @Nullable Instant replyDueAt, Viewer.Member by);

	Recorded<Reply> reply(CaseId id, String text, Viewer.Member by);

	Recorded<CaseSnapshot> draftFinding(CaseId id, Determination determination, String summary, Viewer.Member by);

	Recorded<Vote> vote(CaseId id, VoteChoice choice, String rationale, Viewer.Member by);

	Recorded<MonitorTask> assignTask(CaseId id, DelegationCode assignee, TaskKind kind, String description, Instant dueAt,
			Viewer.Member by);

	Recorded<MonitorTask> completeTask(CaseId id, UUID task, TaskOutcome outcome, String result, Viewer.Member by);

	CaseSnapshot get(CaseId id, Viewer viewer);

	/** The cases of an incident the viewer may see; none if the viewer may not see the incident itself. */
	List<CaseSnapshot> ofIncident(UUID incident, Viewer viewer);

	/**
	 * Whether the viewer may see the incident the case verifies. A party accused on reports it may not read, or a team
	 * given a task, learns of the case, not of the incident: the reports, their delegations and the incident stay hidden.
	 */
	boolean seesIncident(CaseSnapshot kase, Viewer viewer);

	/** The cases the viewer may see, newest first. */
	List<CaseSnapshot> visibleTo(Viewer viewer, int limit, int offset);

	/** Every revision of the case, oldest first, each with what changed from the one before. */
	List<CaseRevision> revisions(CaseId id, Viewer viewer);

	/**
	 * Each revision's ledger entry with the content its hash covers — the revision's whole snapshot — and the salt, by
	 * revision number, so that whoever may read the revisions can check each against the log; a revision not logged is
	 * left out.
	 */
	Map<Integer, LoggedSubject> ledgerEntries(CaseId id, Viewer viewer);

	/**
	 * Attaches a file to the case: anyone who may see the case and act in it (not an observer), at the level given or
	 * {@code GUARANTORS}.
	 */
	Evidence attachEvidence(CaseId id, String filename, @Nullable String description, @Nullable Confidentiality level,
			InputStream content, Viewer.Member by);

	List<Evidence> evidence(CaseId id, Viewer viewer);

	EvidenceFile openEvidence(CaseId id, EvidenceId evidence, Viewer viewer);

	/** A file's ledger entry with the content it hashes, to whoever may see the case and the file. */
	LoggedSubject evidenceLedgerEntry(CaseId id, EvidenceId evidence, Viewer viewer);

	/** What awaits the member: votes, replies due (or, for the mechanism, awaited), overdue tasks. */
	Inbox inbox(Viewer.Member member);

	/** How long verification takes, over the cases the viewer may see. */
	CaseMetrics metrics(Viewer viewer);
}
