package org.truce.verification.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.Viewer;
import org.truce.verification.CaseSnapshot;
import org.truce.verification.CaseState;
import org.truce.verification.Cases;
import org.truce.verification.MonitorTask;
import org.truce.verification.Reply;
import org.truce.verification.Round;
import org.truce.verification.Transition;
import org.truce.verification.Vote;

/**
 * A case as one viewer may see it. Guarantors and the secretariat see everything. Anyone else who may see the case —
 * the accused party, a monitoring team with a task in it, and everyone once it is published — sees the procedure
 * (states, who moved the case and when, but not the mechanism's reasons), the allegation as put to the accused party
 * and the deadline for its reply, and the incident and when it was first reported only if it may see the incident: a
 * case never discloses the reports it rests on or the delegations that filed them. The accused party also sees its
 * own replies, and the ruling once the guarantors adopt it; a team, its own tasks. Once the case is published, everyone
 * sees the ruling with its votes and dissent, the rounds that did not adopt their finding, and every reply.
 *
 * @param determination the ruling's, once a round has adopted it; until then, for the guarantors and the secretariat,
 *     the draft's
 * @param determinationStatus {@code ADOPTED} for the ruling's determination, {@code DRAFT} for a draft's, which is no
 *     ruling; none without a determination
 * @param allegation the reason given with the latest request for the accused party's reply
 */
record CaseView(UUID id, @Nullable UUID incidentId, CaseState state, @Nullable Instant filedAt, Instant openedAt,
		String openedBy, List<String> accused, @Nullable Instant replyDueAt, @Nullable String allegation,
		List<TransitionView> transitions, List<Reply> replies, List<MonitorTask> tasks, @Nullable FindingView finding,
		@Nullable DeterminationJson determination, @Nullable String determinationStatus, List<Vote> votes,
		@Nullable RulingView ruling, List<RoundView> rounds) {

	record TransitionView(@Nullable CaseState from, CaseState to, String by, Instant at, @Nullable String reason) {

		static TransitionView of(Transition transition, boolean withReason) {
			return new TransitionView(transition.from(), transition.to(), transition.by().value(), transition.at(),
					withReason ? transition.reason() : null);
		}
	}

	record FindingView(DeterminationJson determination, String summary, String draftedBy, Instant draftedAt, int round) {
	}

	record RulingView(boolean adopted, DeterminationJson determination, String summary, String rule, List<Vote> votes,
			List<Vote> dissent, Instant decidedAt) {
	}

	/** @param reason why the round closed; the secretariat's reason for withdrawing one stays within the mechanism */
	record RoundView(int round, DeterminationJson determination, String summary, Round.Outcome outcome, @Nullable String rule,
			List<Vote> votes, List<Vote> dissent, Instant closedAt, @Nullable String reason) {

		static RoundView of(Round round, boolean mechanism) {
			return new RoundView(round.number(), DeterminationJson.of(round.determination()), round.summary(), round.outcome(),
					round.rule() == null ? null : round.rule().name(), round.votes(), round.dissent(), round.closedAt(),
					mechanism || round.outcome() == Round.Outcome.NOT_ADOPTED ? round.reason() : null);
		}
	}

	static CaseView of(CaseSnapshot kase, Viewer viewer, Cases cases) {
		boolean seesIncident = cases.seesIncident(kase, viewer);
		boolean mechanism = viewer.asMember().map(m -> m.role().readsGuarantorMaterial()).orElse(false);
		var member = viewer.asMember().map(Viewer.Member::delegation);
		boolean accused = member.map(kase.accused()::contains).orElse(false);
		boolean published = kase.state() == CaseState.PUBLISHED;
		var finding = kase.finding();
		var ruling = kase.ruling();
		var findingView = finding == null || !mechanism ? null
				: new FindingView(DeterminationJson.of(finding.determination()), finding.summary(), finding.draftedBy().value(),
						finding.draftedAt(), finding.round());
		var rulingView = ruling == null || !(mechanism || published || accused) ? null
				: new RulingView(ruling.adopted(), DeterminationJson.of(ruling.determination()), ruling.summary(),
						ruling.rule().name(), ruling.votes(), ruling.dissent(), ruling.decidedAt());
		var determination = rulingView != null ? rulingView.determination() : findingView == null ? null : findingView.determination();
		var tasks = mechanism ? kase.tasks() : kase.tasks().stream().filter(t -> member.map(t.assignee()::equals).orElse(false)).toList();
		var replies = mechanism || published ? kase.replies()
				: kase.replies().stream().filter(r -> member.map(r.delegation()::equals).orElse(false)).toList();
		return new CaseView(kase.id().value(), seesIncident ? kase.incidentId() : null, kase.state(),
				seesIncident ? kase.filedAt() : null, kase.openedAt(), kase.openedBy().value(),
				kase.accused().stream().map(Object::toString).toList(), kase.replyDueAt(), kase.allegation(),
				kase.transitions().stream().map(t -> TransitionView.of(t, mechanism)).toList(), replies, tasks, findingView,
				determination, determination == null ? null : rulingView != null ? "ADOPTED" : "DRAFT",
				mechanism ? kase.currentVotes() : rulingView == null ? List.of() : rulingView.votes(), rulingView,
				mechanism || published ? kase.rounds().stream().map(r -> RoundView.of(r, mechanism)).toList() : List.of());
	}
}
