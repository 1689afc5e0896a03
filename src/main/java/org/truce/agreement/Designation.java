package org.truce.agreement;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.truce.core.ConflictException;
import org.truce.core.DelegationCode;

/**
 * What a delegation declared an actor to be, over a period. A designation stays in force while disputed: the
 * disputes are shown beside it, for the guarantors to weigh, and nothing is ever deleted.
 *
 * @param basis why: the decision, resolution or evidence the designation rests on
 * @param recordedAt when the register learnt of it (not when it took effect)
 */
public record Designation(DesignationId id, DesignationKind kind, EffectivePeriod effective, DelegationCode designatedBy,
		String basis, Instant recordedAt, List<Dispute> disputes) {

	public Designation {
		disputes = List.copyOf(disputes);
	}

	public boolean isDisputed() {
		return !disputes.isEmpty();
	}

	public boolean isEffectiveAt(Instant at) {
		return effective.contains(at);
	}

	public Optional<Dispute> disputeBy(DelegationCode delegation) {
		return disputes.stream().filter(d -> d.disputedBy().equals(delegation)).findFirst();
	}

	/** Whether this designation already says what the new one would: same kind, period and designating delegation. */
	boolean sameAs(NewDesignation other, DelegationCode by) {
		return kind == other.kind() && effective.equals(other.effective()) && designatedBy.equals(by);
	}

	/** The dispute a delegation raises; each delegation disputes a designation once, and never its own. */
	Dispute dispute(DelegationCode by, String reason, Instant at) {
		var checkedReason = Texts.required("reason", reason, Texts.STATEMENT_LENGTH);
		if (by.equals(designatedBy)) {
			throw new ConflictException(by + " made designation " + id + " and cannot dispute it");
		}
		if (disputeBy(by).isPresent()) {
			throw new ConflictException(by + " has already disputed designation " + id);
		}
		return new Dispute(by, checkedReason, at);
	}
}
