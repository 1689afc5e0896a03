package org.truce.agreement;

import java.util.UUID;

/** Identifies an agreement. */
public record AgreementId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
