package org.truce.report;

import java.util.UUID;

/** Identifies one attached evidence file. */
public record EvidenceId(UUID value) {

	@Override
	public String toString() {
		return value.toString();
	}
}
