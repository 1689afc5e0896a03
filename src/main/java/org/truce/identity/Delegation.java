package org.truce.identity;

import org.truce.core.DelegationCode;
import org.truce.core.Role;

/** A delegation taking part in the mechanism, known by its stable short code. */
public record Delegation(DelegationCode code, String name, Role role) {
}
