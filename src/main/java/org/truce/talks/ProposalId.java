package org.truce.talks;

import java.util.UUID;

/** Identifies a proposal. Random, so that one id reveals nothing of another. */
public record ProposalId(UUID value) {

	static ProposalId random() {
		return new ProposalId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
