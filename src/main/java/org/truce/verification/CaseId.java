package org.truce.verification;

import java.util.UUID;

/** Identifies a verification case. */
public record CaseId(UUID value) {

	public static CaseId random() {
		return new CaseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
