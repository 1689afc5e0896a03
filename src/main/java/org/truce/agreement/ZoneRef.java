package org.truce.agreement;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/**
 * A zone found for a point, for the mechanism's own reasoning. Its level and owner come along so that whoever shows
 * the result to a viewer can check {@link org.truce.core.Viewer#canSee} first.
 */
public record ZoneRef(ZoneId id, String name, ZoneKind kind, Confidentiality confidentiality, DelegationCode owner) {
}
