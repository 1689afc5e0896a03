package org.truce.humanitarian;

import java.util.EnumSet;
import java.util.Set;

/** Where a humanitarian item stands; completed, blocked and cancelled items are closed. */
public enum HumanitarianStatus {

	OPEN, IN_PROGRESS, COMPLETED, BLOCKED, CANCELLED;

	public Set<HumanitarianStatus> next() {
		return switch (this) {
			case OPEN -> EnumSet.of(IN_PROGRESS, BLOCKED, CANCELLED);
			case IN_PROGRESS -> EnumSet.of(COMPLETED, BLOCKED, CANCELLED);
			case BLOCKED -> EnumSet.of(IN_PROGRESS, CANCELLED);
			case COMPLETED, CANCELLED -> EnumSet.noneOf(HumanitarianStatus.class);
		};
	}
}
