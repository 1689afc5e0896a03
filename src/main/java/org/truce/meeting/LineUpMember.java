package org.truce.meeting;

import org.truce.core.DelegationCode;

/** A person in a delegation's line-up for a meeting. */
public record LineUpMember(DelegationCode delegation, String name, String function) {
}
