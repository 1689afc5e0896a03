package org.truce.agreement;

/** A designation to record: what it says, when it holds and on what basis. */
public record NewDesignation(DesignationKind kind, EffectivePeriod effective, String basis) {

	public NewDesignation {
		basis = Texts.required("basis", basis, Texts.STATEMENT_LENGTH);
	}
}
