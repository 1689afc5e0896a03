package org.truce.talks;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;

/**
 * Proposals tabled in the talks. Every read is on behalf of a viewer and answers only what its role and the proposal's
 * level allow; a proposal the viewer may not see is not found, exactly as a missing one. Commands on a proposal the
 * member can see but may not act on are {@link org.truce.core.ForbiddenException}s; moves the proposal's status does
 * not allow are {@link org.truce.core.ConflictException}s.
 */
public interface Proposals {

	/**
	 * Tables a proposal for the member's delegation; any delegation but an observer may. Each change is logged in the
	 * ledger with it, and answers with the ticket of its entry.
	 */
	Recorded<ProposalDetails> submit(NewProposal proposal, Viewer.Member by);

	/** The proposal, if the viewer may see it: how a meeting's agenda item links to one and reads its status. */
	Optional<ProposalDetails> find(ProposalId id, Viewer viewer);

	/** The proposals the viewer may see, newest first, those of one status only when given. */
	List<ProposalSummary> list(@Nullable ProposalStatus status, Viewer viewer);

	/** Adds a version with a new text and the reason for it; only the submitting delegation, while the proposal is open. */
	Recorded<ProposalDetails> revise(ProposalId id, @Nullable String text, @Nullable String reason, Viewer.Member by);

	/**
	 * Records the member's delegation's position on the current version, superseding its earlier one there. Guarantors,
	 * parties and mediators other than the submitter, while the proposal is open; an {@code AMEND} says how in its text.
	 */
	Recorded<ProposalDetails> takePosition(ProposalId id, @Nullable Stance stance, @Nullable String text, Viewer.Member by);

	/** Moves the proposal to another status, with a reason: the secretariat any allowed move, the submitter withdrawal. */
	Recorded<ProposalDetails> changeStatus(ProposalId id, @Nullable ProposalStatus status, @Nullable String reason, Viewer.Member by);

	/** The word-level changes from version {@code from} to version {@code to}; {@link ProposalDetails#diff} on a found one. */
	List<DiffSegment> diff(ProposalId id, int from, int to, Viewer viewer);

	/** A version's ledger entry with the content its hash covers and the salt, to whoever may see the proposal. */
	LoggedSubject versionLedgerEntry(ProposalId id, int version, Viewer viewer);

	/** The ledger entry of a delegation's position (its {@code number}th on the version), to whoever may see the proposal. */
	LoggedSubject positionLedgerEntry(ProposalId id, int version, DelegationCode delegation, int number, Viewer viewer);

	/** The ledger entry of the proposal's {@code number}th status change, to whoever may see the proposal. */
	LoggedSubject statusChangeLedgerEntry(ProposalId id, int number, Viewer viewer);
}
