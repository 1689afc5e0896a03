package org.truce.agreement;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * One text of a clause. Versions are never changed: an amendment adds the next one, which ends this one's force.
 *
 * @param version 1 for the text as first recorded, then 2, 3…
 * @param effective when this text holds, as enacted; a later version cuts it short (see {@link Clause#effectiveUntil})
 * @param amendedBy the delegation that recorded this text
 * @param reason why the text was amended; none for the first version
 * @param recordedAt when the register learnt of it
 */
public record ClauseVersion(int version, String text, EffectivePeriod effective, DelegationCode amendedBy,
		@Nullable String reason, Instant recordedAt) {
}
