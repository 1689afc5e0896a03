package org.truce.agreement;

/** How the guarantors reach a finding; dissent is recorded whichever rule applies. */
public enum DecisionRule {

	/** Every guarantor votes for the finding (the default: no guarantor is outvoted on a breach). */
	UNANIMITY,
	/** More than half of the guarantors vote for the finding. */
	MAJORITY
}
