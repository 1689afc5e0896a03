package org.truce.talks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.core.Viewer;

/**
 * A proposal with its versions, positions and status history. Nothing is replaced: a revision adds a version, a new
 * position supersedes the delegation's earlier one on the same version without removing it, a status change is
 * recorded with its reason. The domain verbs guard who may do what, and when.
 */
final class Proposal {

	/** The delegations at the table, whose positions count; the secretariat runs the talks and observers follow them. */
	private static final Set<Role> POSITION_ROLES = Set.of(Role.GUARANTOR, Role.PARTY, Role.MEDIATOR);

	private final ProposalId id;
	private final String title;
	private final DelegationCode submitter;
	private final Confidentiality confidentiality;
	private final Instant submittedAt;
	private ProposalStatus status;
	private final List<ProposalVersion> versions;
	private final List<Position> positions;
	private final List<StatusChange> statusChanges;
	private final List<Object> events = new ArrayList<>();

	Proposal(ProposalId id, String title, DelegationCode submitter, Confidentiality confidentiality, Instant submittedAt,
			ProposalStatus status, List<ProposalVersion> versions, List<Position> positions, List<StatusChange> statusChanges) {
		if (versions.isEmpty()) {
			throw new IllegalArgumentException("A proposal has at least the version it was tabled with");
		}
		this.id = id;
		this.title = title;
		this.submitter = submitter;
		this.confidentiality = confidentiality;
		this.submittedAt = submittedAt;
		this.status = status;
		this.versions = new ArrayList<>(versions);
		this.positions = new ArrayList<>(positions);
		this.statusChanges = new ArrayList<>(statusChanges);
	}

	static Proposal submit(NewProposal draft, Viewer.Member by, Instant at) {
		if (by.role() == Role.OBSERVER) {
			throw new ForbiddenException("Observers follow the talks; they do not table proposals");
		}
		var title = Texts.required("title", draft.title(), Texts.TITLE_LENGTH);
		var text = Texts.required("text", draft.text(), Texts.PROPOSAL_LENGTH);
		var level = draft.confidentiality() == null ? Confidentiality.MECHANISM : draft.confidentiality();
		var proposal = new Proposal(ProposalId.random(), title, by.delegation(), level, at, ProposalStatus.TABLED,
				List.of(new ProposalVersion(1, text, null, by.delegation(), at)), List.of(), List.of());
		proposal.events.add(new ProposalSubmitted(proposal.id, by.delegation(), level, at));
		return proposal;
	}

	ProposalVersion revise(@Nullable String text, @Nullable String reason, Viewer.Member by, Instant at) {
		if (!by.owns(submitter)) {
			throw new ForbiddenException("Only the delegation that tabled a proposal may revise it");
		}
		requireOpen();
		var revised = Texts.required("text", text, Texts.PROPOSAL_LENGTH);
		if (revised.equals(current().text())) {
			throw new InvalidInputException("text",
					"is the same as version " + current().number() + ": change the text to revise it");
		}
		var version = new ProposalVersion(current().number() + 1, revised, Texts.required("reason", reason, Texts.REASON_LENGTH),
				by.delegation(), at);
		versions.add(version);
		events.add(new ProposalVersionAdded(id, version.number(), by.delegation(), at));
		return version;
	}

	Position takePosition(@Nullable Stance stance, @Nullable String text, Viewer.Member by, Instant at) {
		if (by.owns(submitter)) {
			throw new ForbiddenException("A delegation takes no position on its own proposal");
		}
		if (!POSITION_ROLES.contains(by.role())) {
			throw new ForbiddenException("Only guarantors, parties and mediators take positions on proposals");
		}
		requireOpen();
		if (stance == null) {
			throw new InvalidInputException("position", "is required: one of " + Arrays.toString(Stance.values()));
		}
		var explanation = stance == Stance.AMEND ? Texts.required("text", text, Texts.POSITION_LENGTH)
				: Texts.optional("text", text, Texts.POSITION_LENGTH);
		int version = current().number();
		int number = 1 + (int) positions.stream()
			.filter(p -> p.version() == version && p.delegation().equals(by.delegation()))
			.count();
		var position = new Position(version, by.delegation(), number, stance, explanation, at);
		positions.add(position);
		events.add(new PositionTaken(id, version, by.delegation(), number, stance, at));
		return position;
	}

	StatusChange moveTo(@Nullable ProposalStatus next, @Nullable String reason, Viewer.Member by, Instant at) {
		if (next == null) {
			throw new InvalidInputException("status", "is required: one of " + Arrays.toString(ProposalStatus.values()));
		}
		if (!mayMove(by, next)) {
			throw new ForbiddenException(next == ProposalStatus.WITHDRAWN
					? "Only the delegation that tabled a proposal, or the secretariat, may withdraw it"
					: "Only the secretariat moves a proposal to " + next);
		}
		if (!status.canMoveTo(next)) {
			throw new ConflictException("A proposal " + status + " cannot move to " + next);
		}
		var why = Texts.required("reason", reason, Texts.REASON_LENGTH);
		var change = new StatusChange(statusChanges.size() + 1, status, next, why, by.delegation(), at);
		statusChanges.add(change);
		status = next;
		events.add(new ProposalStatusChanged(id, change.number(), change.from(), change.to(), by.delegation(), at));
		return change;
	}

	boolean visibleTo(Viewer viewer) {
		return viewer.canSee(confidentiality, submitter);
	}

	ProposalDetails details(Viewer viewer) {
		return new ProposalDetails(id, title, submitter, confidentiality, status, submittedAt, versions, positions, statusChanges,
				actionsFor(viewer));
	}

	ProposalSummary summary() {
		return new ProposalSummary(id, title, submitter, confidentiality, status, current().number(), submittedAt);
	}

	/** The events raised since the proposal was loaded or submitted, handed over once. */
	List<Object> takeEvents() {
		var taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	ProposalId id() {
		return id;
	}

	ProposalStatus status() {
		return status;
	}

	ProposalVersion current() {
		return versions.getLast();
	}

	private ProposalActions actionsFor(Viewer viewer) {
		return viewer.asMember().map(member -> new ProposalActions(
				status.isOpen() && member.owns(submitter),
				status.isOpen() && !member.owns(submitter) && POSITION_ROLES.contains(member.role()),
				Arrays.stream(ProposalStatus.values()).filter(next -> status.canMoveTo(next) && mayMove(member, next)).toList()))
			.orElse(ProposalActions.NONE);
	}

	private boolean mayMove(Viewer.Member by, ProposalStatus next) {
		return by.role() == Role.SECRETARIAT || next == ProposalStatus.WITHDRAWN && by.owns(submitter);
	}

	private void requireOpen() {
		if (!status.isOpen()) {
			throw new ConflictException("The proposal is " + status + "; it no longer changes");
		}
	}
}
