package org.truce.core;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Records every read of a {@link Confidentiality#GUARANTORS} or {@link Confidentiality#PRIVATE} item by a
 * delegation other than its owner (DESIGN §2), so that each delegation can learn who read its material.
 */
public interface AccessLog {

	void recordRead(Viewer viewer, String subjectType, UUID subjectId, Confidentiality level, @Nullable DelegationCode owner);
}
