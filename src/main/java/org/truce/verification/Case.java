package org.truce.verification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.truce.agreement.ActorId;
import org.truce.agreement.DecisionRule;
import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.InvalidInputException.FieldError;
import org.truce.core.NotFoundException;
import org.truce.core.Role;
import org.truce.core.Viewer;

/**
 * The verification of one incident, from opening to a published ruling. Every change is a domain verb that checks who
 * acts and whether the move is allowed from the current state; refused moves raise {@link ConflictException} (409),
 * refused actors {@link ForbiddenException} (403). Each change is recorded and raises an event.
 */
final class Case {

	static final Duration DEFAULT_REPLY_PERIOD = Duration.ofDays(7);
	static final int MAXIMUM_TEXT_LENGTH = 20_000;

	private CaseSnapshot state;
	private final List<Object> events = new ArrayList<>();

	Case(CaseSnapshot state) {
		this.state = state;
	}

	static Case open(UUID incident, Instant filedAt, List<DelegationCode> accused, String reason, Viewer.Member by, Instant at) {
		requireMechanism(by, "open a case");
		var id = CaseId.random();
		var opened = new Case(new CaseSnapshot(id, incident, filedAt, CaseState.OPEN, at, by.delegation(), accused, null,
				List.of(new Transition(null, CaseState.OPEN, by.delegation(), at, text("reason", reason))), List.of(),
				List.of(), null, List.of(), null, List.of()));
		opened.events.add(new CaseOpened(id, incident, by.delegation(), at));
		return opened;
	}

	/**
	 * Moves the case to another state on a guarantor's or the secretariat's request. A request for the accused party's
	 * reply sets its deadline; the ruling ({@link CaseState#DETERMINED}) comes from the votes, never from a request. Only
	 * the secretariat publishes a ruling, and only the secretariat withdraws an open round of votes (back to
	 * {@link CaseState#FINDING_DRAFTED}, the votes cast so far kept with the round).
	 */
	void transition(CaseState to, String reason, @Nullable Instant replyDueAt, Viewer.Member by, Instant at) {
		requireMechanism(by, "move a case");
		if (to == CaseState.DETERMINED) {
			throw new ConflictException("A case is determined by the guarantors' votes, not by a transition");
		}
		if (to == CaseState.FINDING_DRAFTED && state.state() != CaseState.VOTING) {
			throw new ConflictException("Draft the finding itself to move the case to FINDING_DRAFTED");
		}
		if (to == CaseState.FINDING_DRAFTED && by.role() != Role.SECRETARIAT) {
			throw new ForbiddenException("Only the secretariat withdraws a round of votes");
		}
		if (to == CaseState.PUBLISHED && by.role() != Role.SECRETARIAT) {
			throw new ForbiddenException("Only the secretariat publishes rulings");
		}
		requireNext(to);
		switch (to) {
			case REPLY_REQUESTED -> requestReply(replyDueAt, at);
			case VOTING -> requireFindingToVoteOn();
			case FINDING_DRAFTED -> closeRound(Round.Outcome.WITHDRAWN, null, text("reason", reason), at);
			case PUBLISHED -> events.add(new CasePublished(state.id(), state.incidentId(), by.delegation(), at));
			default -> {
			}
		}
		move(to, reason, by, at);
	}

	private void requireFindingToVoteOn() {
		var finding = state.finding();
		if (finding == null) {
			throw new ConflictException("There is no drafted finding to vote on");
		}
		if (state.findingRoundClosed()) {
			throw new ConflictException("Round " + finding.round() + " is closed: draft a revised finding to open round "
					+ (finding.round() + 1));
		}
	}

	private void requestReply(@Nullable Instant replyDueAt, Instant at) {
		if (state.accused().isEmpty()) {
			throw new ConflictException("The allegation accuses no party delegation: there is nobody to ask for a reply");
		}
		var due = replyDueAt == null ? at.plus(DEFAULT_REPLY_PERIOD) : replyDueAt;
		if (!due.isAfter(at)) {
			throw new InvalidInputException("replyDueAt", "must be in the future");
		}
		state = with(state.state(), due, state.replies(), state.tasks(), state.finding(), state.votes(), state.ruling(),
				state.rounds());
		events.add(new ReplyRequested(state.id(), state.accused(), due, at));
	}

	/** The accused party answers, as often as it wishes, until its deadline. */
	Reply reply(String text, Viewer.Member by, Instant at) {
		if (!state.accused().contains(by.delegation())) {
			throw new ForbiddenException("Only the accused party answers the allegation");
		}
		if (state.state() != CaseState.REPLY_REQUESTED) {
			throw new ConflictException("No reply is requested: the case is " + state.state());
		}
		if (state.replyDueAt() != null && at.isAfter(state.replyDueAt())) {
			throw new ConflictException("The deadline for the reply passed at " + state.replyDueAt());
		}
		var reply = new Reply(UUID.randomUUID(), by.delegation(), text("text", text), at);
		state = with(state.state(), state.replyDueAt(), append(state.replies(), reply), state.tasks(), state.finding(),
				state.votes(), state.ruling(), state.rounds());
		events.add(new ReplySubmitted(state.id(), reply.id(), by.delegation(), at));
		return reply;
	}

	/**
	 * Drafts (or redrafts) the finding, for a new round of votes once the last is closed. The right of reply comes
	 * before any finding: the accused parties must have been asked to reply, and while a reply is requested the finding
	 * waits for the reply or for the deadline. While the guarantors vote, the
	 * finding stands: a redraft waits for the round to close (or for the secretariat to withdraw it). The finding names
	 * clauses of the agreement in force at the incident and an actor of the registry.
	 */
	void draftFinding(Determination determination, String summary, Mechanism.Terms terms, Predicate<ActorId> registered,
			Viewer.Member by, Instant at) {
		requireMechanism(by, "draft a finding");
		var from = state.state();
		if (from == CaseState.VOTING) {
			throw new ConflictException("The guarantors are voting on round " + Objects.requireNonNull(state.finding()).round()
					+ ": the finding cannot be redrafted until the round closes, or the secretariat withdraws it");
		}
		if (from != CaseState.FINDING_DRAFTED && !from.next().contains(CaseState.FINDING_DRAFTED)) {
			throw new ConflictException("A finding cannot be drafted while the case is " + from);
		}
		if (from == CaseState.REPLY_REQUESTED && state.replies().isEmpty() && state.replyDueAt() != null
				&& at.isBefore(state.replyDueAt())) {
			throw new ConflictException("The accused party may reply until " + state.replyDueAt() + "; draft the finding after");
		}
		requireOnRecord(determination, terms, registered);
		if (!state.accused().isEmpty() && state.replyDueAt() == null) {
			throw new ConflictException("The accused (" + state.accused().stream().map(DelegationCode::value)
				.collect(Collectors.joining(", ")) + ") have not been asked to reply: request their reply first");
		}
		var previous = state.finding();
		// A redraft before any vote revises the round's finding; a round voted on or withdrawn is closed.
		int round = previous == null ? 1
				: state.rounds().stream().anyMatch(closed -> closed.number() == previous.round()) ? previous.round() + 1
						: previous.round();
		var finding = new Finding(determination, text("summary", summary), by.delegation(), at, round);
		state = with(from, state.replyDueAt(), state.replies(), state.tasks(), finding, state.votes(), null, state.rounds());
		if (from != CaseState.FINDING_DRAFTED) {
			move(CaseState.FINDING_DRAFTED, "finding drafted", by, at);
		}
		events.add(new FindingDrafted(state.id(), round, by.delegation(), at));
	}

	/**
	 * A guarantor votes once per round. When every guarantor has voted, the rule decides: an adopted finding is the
	 * ruling and the case is determined; a finding not adopted closes its round, with every vote and the dissent, and
	 * the case returns to {@link CaseState#FINDING_DRAFTED} for a revised finding.
	 */
	Vote vote(VoteChoice choice, String rationale, Set<DelegationCode> guarantors, DecisionRule rule, Viewer.Member by,
			Instant at) {
		if (by.role() != Role.GUARANTOR || !guarantors.contains(by.delegation())) {
			throw new ForbiddenException("Only the agreement's guarantors vote on findings");
		}
		if (state.state() != CaseState.VOTING) {
			throw new ConflictException("No vote is open: the case is " + state.state());
		}
		var finding = Objects.requireNonNull(state.finding());
		if (state.currentVotes().stream().anyMatch(v -> v.guarantor().equals(by.delegation()))) {
			throw new ConflictException(by.delegation() + " has already voted on this finding");
		}
		var vote = new Vote(by.delegation(), choice, text("rationale", rationale), at, finding.round());
		state = with(state.state(), state.replyDueAt(), state.replies(), state.tasks(), finding, append(state.votes(), vote),
				null, state.rounds());
		events.add(new VoteCast(state.id(), by.delegation(), choice, finding.round(), at));
		VoteCount.decide(finding, state.currentVotes(), guarantors, rule, at).ifPresent(ruling -> {
			if (ruling.adopted()) {
				state = with(state.state(), state.replyDueAt(), state.replies(), state.tasks(), finding, state.votes(), ruling,
						state.rounds());
				move(CaseState.DETERMINED, "finding adopted under " + rule, by, at);
				events.add(new CaseDetermined(state.id(), state.incidentId(), finding.round(), at));
			}
			else {
				var reason = "finding not adopted under " + rule + ": " + ruling.dissent().stream()
					.map(v -> v.guarantor() + " " + v.choice().name().toLowerCase(Locale.ROOT) + "s")
					.collect(Collectors.joining(", ")) + "; a revised finding opens round " + (finding.round() + 1);
				closeRound(Round.Outcome.NOT_ADOPTED, rule, reason, at);
				move(CaseState.FINDING_DRAFTED, reason, by, at);
			}
		});
		return vote;
	}

	/** Closes the current round without adopting its finding, keeping the finding, its votes and their dissent. */
	private void closeRound(Round.Outcome outcome, @Nullable DecisionRule rule, String reason, Instant at) {
		var finding = Objects.requireNonNull(state.finding());
		var votes = state.currentVotes();
		var round = new Round(finding.round(), finding.determination(), finding.summary(), outcome, rule, votes,
				VoteCount.dissent(votes), at, reason);
		state = with(state.state(), state.replyDueAt(), state.replies(), state.tasks(), finding, state.votes(), null,
				append(state.rounds(), round));
	}

	/** The clauses a finding names are clauses of the agreement in force at the incident; its actor is in the registry. */
	private static void requireOnRecord(Determination determination, Mechanism.Terms terms, Predicate<ActorId> registered) {
		var errors = new ArrayList<FieldError>();
		switch (determination) {
			case Determination.ConfirmedViolation violation -> {
				if (!registered.test(violation.attributedTo())) {
					errors.add(new FieldError("determination.attributedToActorId",
							"no actor in the registry has the id " + violation.attributedTo()));
				}
				if (violation.clauses().isEmpty()) {
					errors.add(new FieldError("determination.clauses", "name at least one breached clause"));
				}
				for (int i = 0; i < violation.clauses().size(); i++) {
					requireClause("determination.clauses[" + i + "]", violation.clauses().get(i), terms, errors);
				}
			}
			case Determination.NotAViolation lawful -> {
				if (lawful.clause() != null) {
					requireClause("determination.clauses[0]", lawful.clause(), terms, errors);
				}
				else if (lawful.reason() == Determination.NotAViolationReason.LAWFUL_UNDER_CLAUSE) {
					errors.add(new FieldError("determination.clauses", "name the clause under which it was lawful"));
				}
			}
			default -> {
			}
		}
		var explanation = determination.explanation();
		if (explanation != null && explanation.length() > MAXIMUM_TEXT_LENGTH) {
			errors.add(new FieldError("determination.explanation", "must be at most " + MAXIMUM_TEXT_LENGTH + " characters"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

	private static void requireClause(String field, String number, Mechanism.Terms terms, List<FieldError> errors) {
		if (!terms.clauses().contains(number)) {
			errors.add(new FieldError(field, "clause " + number + " is not a clause of the " + terms.agreement() + " in force on "
					+ DateTimeFormatter.ISO_LOCAL_DATE.format(terms.at().atOffset(ZoneOffset.UTC)) + "; its clauses then: "
					+ String.join(", ", terms.clauses())));
		}
	}

	MonitorTask assignTask(DelegationCode assignee, TaskKind kind, String description, Instant dueAt, Viewer.Member by,
			Instant at) {
		requireMechanism(by, "assign tasks");
		if (state.state().isClosed() || state.state() == CaseState.DETERMINED) {
			throw new ConflictException("The case is " + state.state() + ": no more tasks");
		}
		if (!dueAt.isAfter(at)) {
			throw new InvalidInputException("dueAt", "must be in the future");
		}
		var task = new MonitorTask(UUID.randomUUID(), assignee, kind, text("description", description), dueAt, by.delegation(),
				at, null, null, null);
		state = with(state.state(), state.replyDueAt(), state.replies(), append(state.tasks(), task), state.finding(),
				state.votes(), state.ruling(), state.rounds());
		events.add(new TaskAssigned(state.id(), task.id(), assignee, kind, dueAt, at));
		return task;
	}

	MonitorTask completeTask(UUID taskId, TaskOutcome outcome, String result, Viewer.Member by, Instant at) {
		var task = state.tasks().stream().filter(t -> t.id().equals(taskId)).findFirst()
			.orElseThrow(() -> new NotFoundException("task", taskId));
		if (!task.assignee().equals(by.delegation())) {
			throw new ForbiddenException("Only the team the task was given to reports on it");
		}
		if (!task.isOpen()) {
			throw new ConflictException("The task was completed at " + task.completedAt());
		}
		var done = task.complete(outcome, text("result", result), at);
		state = with(state.state(), state.replyDueAt(), state.replies(),
				state.tasks().stream().map(t -> t.id().equals(taskId) ? done : t).toList(), state.finding(), state.votes(),
				state.ruling(), state.rounds());
		events.add(new TaskCompleted(state.id(), taskId, by.delegation(), outcome, at));
		return done;
	}

	boolean visibleTo(Viewer viewer) {
		return switch (viewer) {
			case Viewer.Anonymous anonymous -> state.state() == CaseState.PUBLISHED;
			case Viewer.Member member -> member.role().readsGuarantorMaterial() || state.state() == CaseState.PUBLISHED
					|| state.accused().contains(member.delegation())
					|| state.tasks().stream().anyMatch(t -> t.assignee().equals(member.delegation()));
		};
	}

	CaseSnapshot snapshot() {
		return state;
	}

	List<Object> takeEvents() {
		var taken = List.copyOf(events);
		events.clear();
		return taken;
	}

	private void move(CaseState to, String reason, Viewer.Member by, Instant at) {
		var transition = new Transition(state.state(), to, by.delegation(), at, text("reason", reason));
		state = new CaseSnapshot(state.id(), state.incidentId(), state.filedAt(), to, state.openedAt(), state.openedBy(), state.accused(),
				state.replyDueAt(), append(state.transitions(), transition), state.replies(), state.tasks(), state.finding(),
				state.votes(), state.ruling(), state.rounds());
		events.add(new CaseTransitioned(state.id(), transition.from(), to, by.delegation(), at));
	}

	private void requireNext(CaseState to) {
		if (!state.state().next().contains(to)) {
			throw new ConflictException("A case cannot move from " + state.state() + " to " + to + "; from "
					+ state.state() + " it may move to " + state.state().next());
		}
	}

	private CaseSnapshot with(CaseState current, @Nullable Instant replyDueAt, List<Reply> replies, List<MonitorTask> tasks,
			@Nullable Finding finding, List<Vote> votes, @Nullable Ruling ruling, List<Round> rounds) {
		return new CaseSnapshot(state.id(), state.incidentId(), state.filedAt(), current, state.openedAt(), state.openedBy(), state.accused(),
				replyDueAt, state.transitions(), replies, tasks, finding, votes, ruling, rounds);
	}

	private static void requireMechanism(Viewer.Member by, String action) {
		if (!by.role().readsGuarantorMaterial()) {
			throw new ForbiddenException("Only guarantors and the secretariat " + action);
		}
	}

	private static String text(String field, String text) {
		if (text.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		if (text.length() > MAXIMUM_TEXT_LENGTH) {
			throw new InvalidInputException(field, "must be at most " + MAXIMUM_TEXT_LENGTH + " characters");
		}
		return text.strip();
	}

	private static <T> List<T> append(List<T> list, T item) {
		var longer = new ArrayList<>(list);
		longer.add(item);
		return longer;
	}
}
