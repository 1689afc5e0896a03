package org.truce.talks;

import java.util.Set;

/**
 * Where a proposal stands: tabled, then under discussion, then adopted; it may be withdrawn until it is adopted. Adopted
 * and withdrawn are final.
 */
public enum ProposalStatus {

	TABLED, UNDER_DISCUSSION, ADOPTED, WITHDRAWN;

	public boolean isOpen() {
		return this == TABLED || this == UNDER_DISCUSSION;
	}

	public boolean canMoveTo(ProposalStatus next) {
		return switch (this) {
			case TABLED -> Set.of(UNDER_DISCUSSION, WITHDRAWN).contains(next);
			case UNDER_DISCUSSION -> Set.of(ADOPTED, WITHDRAWN).contains(next);
			case ADOPTED, WITHDRAWN -> false;
		};
	}
}
