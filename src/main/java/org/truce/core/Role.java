package org.truce.core;

/** The role a delegation plays in an agreement (DESIGN §1). */
public enum Role {

	GUARANTOR, PARTY, OBSERVER, MEDIATOR, MONITOR, SECRETARIAT;

	/** Guarantors and the secretariat read everything below {@link Confidentiality#PRIVATE}. */
	public boolean readsGuarantorMaterial() {
		return this == GUARANTOR || this == SECRETARIAT;
	}
}
