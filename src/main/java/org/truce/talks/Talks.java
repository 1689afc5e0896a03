package org.truce.talks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;
import org.truce.core.ForbiddenException;
import org.truce.core.InvalidInputException;
import org.truce.core.Role;
import org.truce.core.Viewer;

/**
 * A set of proximity talks: the delegation that mediates them and a thread per party. The mediator is whichever
 * delegation the talks name, not a role: a guarantor may shuttle between the parties' rooms in one set of talks and be
 * an ordinary delegation elsewhere. A party cannot mediate, and takes part through its own thread only.
 */
record Talks(TalksId id, String title, DelegationCode mediator, Instant openedAt, List<ProximityThread> threads) {

	/** Relaying needs someone to relay to. */
	private static final int MINIMUM_PARTIES = 2;

	static Talks open(NewTalks draft, Function<DelegationCode, Optional<Role>> roles, Viewer.Member by, Instant at) {
		if (by.role() != Role.SECRETARIAT) {
			throw new ForbiddenException("Only the secretariat opens proximity talks");
		}
		var title = Texts.required("title", draft.title(), Texts.TITLE_LENGTH);
		var mediator = delegation("mediator", draft.mediator(), roles, role -> role != Role.PARTY,
				"is a party to the talks' agreement; a party cannot mediate");
		var parties = draft.parties() == null ? List.<String>of() : draft.parties();
		if (parties.size() < MINIMUM_PARTIES) {
			throw new InvalidInputException("parties", "must name at least " + MINIMUM_PARTIES + " parties");
		}
		var id = TalksId.random();
		var threads = new ArrayList<ProximityThread>();
		var seen = new HashSet<DelegationCode>();
		for (int i = 0; i < parties.size(); i++) {
			var field = "parties[" + i + "]";
			var party = delegation(field, parties.get(i), roles, role -> role == Role.PARTY, "is not a party");
			if (!seen.add(party)) {
				throw new InvalidInputException(field, "names " + party + " a second time");
			}
			threads.add(new ProximityThread(ThreadId.random(), id, title, party, mediator));
		}
		return new Talks(id, title, mediator, at, threads);
	}

	boolean visibleTo(Viewer viewer) {
		return viewer.asMember().map(member -> member.owns(mediator) || member.role() == Role.SECRETARIAT).orElse(false);
	}

	TalksDetails details() {
		return new TalksDetails(id, title, mediator, openedAt,
				threads.stream().map(thread -> new TalksDetails.ThreadRef(thread.id(), thread.party())).toList());
	}

	private static DelegationCode delegation(String field, @Nullable String code,
			Function<DelegationCode, Optional<Role>> roles, Predicate<Role> allowed, String refusal) {
		if (code == null || code.isBlank()) {
			throw new InvalidInputException(field, "is required");
		}
		if (!DelegationCode.isValid(code)) {
			throw new InvalidInputException(field, "must be a delegation code such as RU");
		}
		var delegation = new DelegationCode(code);
		var role = roles.apply(delegation)
			.orElseThrow(() -> new InvalidInputException(field, "no delegation has the code " + code));
		if (!allowed.test(role)) {
			throw new InvalidInputException(field, refusal);
		}
		return delegation;
	}
}
