package org.truce.verification.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.truce.core.Viewer;
import org.truce.verification.CaseSnapshot;
import org.truce.verification.CaseState;
import org.truce.verification.MonitorTask;
import org.truce.verification.Reply;
import org.truce.verification.Transition;
import org.truce.verification.Vote;

/**
 * A case as one viewer may see it. Guarantors and the secretariat see everything; the accused party sees the
 * procedure, the reply asked of it and its replies; a monitoring team, its own tasks; and, once published, everyone sees
 * the ruling with its votes and dissent, and the accused party's reply.
 */
record CaseView(UUID id, UUID incidentId, CaseState state, Instant filedAt, Instant openedAt, String openedBy,
		List<String> accused, @Nullable Instant replyDueAt, List<Transition> transitions, List<Reply> replies,
		List<MonitorTask> tasks, @Nullable FindingView finding, @Nullable DeterminationJson determination, List<Vote> votes,
		@Nullable RulingView ruling) {

	record FindingView(DeterminationJson determination, String summary, String draftedBy, Instant draftedAt, int round) {
	}

	record RulingView(boolean adopted, DeterminationJson determination, String summary, String rule, List<Vote> votes,
			List<Vote> dissent, Instant decidedAt) {
	}

	static CaseView of(CaseSnapshot kase, Viewer viewer) {
		boolean mechanism = viewer.asMember().map(m -> m.role().readsGuarantorMaterial()).orElse(false);
		boolean accused = viewer.asMember().map(m -> kase.accused().contains(m.delegation())).orElse(false);
		boolean published = kase.state() == CaseState.PUBLISHED;
		var finding = kase.finding();
		var ruling = kase.ruling();
		var findingView = finding == null || !mechanism ? null
				: new FindingView(DeterminationJson.of(finding.determination()), finding.summary(), finding.draftedBy().value(),
						finding.draftedAt(), finding.round());
		var rulingView = ruling == null || !(mechanism || published) ? null
				: new RulingView(ruling.adopted(), DeterminationJson.of(ruling.determination()), ruling.summary(),
						ruling.rule().name(), ruling.votes(), ruling.dissent(), ruling.decidedAt());
		var determination = rulingView != null ? rulingView.determination() : findingView == null ? null : findingView.determination();
		var tasks = mechanism ? kase.tasks()
				: kase.tasks().stream().filter(t -> viewer.asMember().map(m -> t.assignee().equals(m.delegation())).orElse(false))
					.toList();
		return new CaseView(kase.id().value(), kase.incidentId(), kase.state(), kase.filedAt(), kase.openedAt(),
				kase.openedBy().value(), kase.accused().stream().map(Object::toString).toList(), kase.replyDueAt(),
				kase.transitions(), mechanism || accused || published ? kase.replies() : List.of(), tasks, findingView,
				determination, mechanism ? kase.currentVotes() : rulingView == null ? List.of() : rulingView.votes(), rulingView);
	}
}
