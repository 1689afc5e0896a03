package org.truce.verification;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case stands (DESIGN §3). Each state names the states it may move to; {@link #DETERMINED} is reached only by
 * the guarantors' votes adopting the finding, never by a transition request. From {@link #VOTING} the case returns to
 * {@link #FINDING_DRAFTED} when the votes do not adopt the finding, or when the secretariat withdraws the round.
 */
public enum CaseState {

	OPEN, INVESTIGATING, REPLY_REQUESTED, FINDING_DRAFTED, VOTING, DETERMINED, PUBLISHED, WITHDRAWN;

	public Set<CaseState> next() {
		return switch (this) {
			case OPEN -> EnumSet.of(INVESTIGATING, WITHDRAWN);
			case INVESTIGATING -> EnumSet.of(REPLY_REQUESTED, FINDING_DRAFTED, WITHDRAWN);
			case REPLY_REQUESTED -> EnumSet.of(INVESTIGATING, FINDING_DRAFTED, WITHDRAWN);
			case FINDING_DRAFTED -> EnumSet.of(INVESTIGATING, VOTING, WITHDRAWN);
			case VOTING -> EnumSet.of(FINDING_DRAFTED, DETERMINED, WITHDRAWN);
			case DETERMINED -> EnumSet.of(PUBLISHED);
			case PUBLISHED, WITHDRAWN -> EnumSet.noneOf(CaseState.class);
		};
	}

	public boolean isClosed() {
		return this == PUBLISHED || this == WITHDRAWN;
	}
}
