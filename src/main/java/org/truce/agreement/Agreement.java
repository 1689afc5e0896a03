package org.truce.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;
import org.truce.core.InvalidInputException;

/**
 * The agreement the mechanism monitors: who takes part and in what role, how findings are decided, and its clauses.
 *
 * @param signedOn the date on the document
 * @param effectiveFrom when the truce took effect, which may differ from the signature
 * @param clauses in clause-number order
 */
public record Agreement(AgreementId id, String name, LocalDate signedOn, Instant effectiveFrom, DecisionRule decisionRule,
		List<AgreementMember> members, List<Clause> clauses) {

	public Agreement {
		members = List.copyOf(members);
		clauses = clauses.stream().sorted((a, b) -> Clause.NUMBER_ORDER.compare(a.number(), b.number())).toList();
	}

	public Optional<Clause> clause(String number) {
		return clauses.stream().filter(c -> c.number().equals(number)).findFirst();
	}

	/** A new clause: a number not yet used, taking effect no earlier than the agreement. */
	Clause addClause(String number, ClauseDraft draft, DelegationCode by, Instant now) {
		if (clause(number).isPresent()) {
			throw new ConflictException("Clause " + number + " exists; amend it instead");
		}
		if (draft.effective().from().isBefore(effectiveFrom)) {
			throw new InvalidInputException("effectiveFrom", "must not be before the agreement took effect (" + effectiveFrom + ")");
		}
		return Clause.first(number, draft, by, now);
	}
}
