package org.truce.agreement;

import org.truce.core.DelegationCode;
import org.truce.core.Role;

/**
 * A delegation taking part in an agreement, in a role. A delegation may hold several roles (a guarantor that also
 * mediates); the delegation itself is the identity module's.
 */
public record AgreementMember(DelegationCode delegation, Role role) {
}
