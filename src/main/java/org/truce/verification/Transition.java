package org.truce.verification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.truce.core.DelegationCode;

/**
 * A move of a case from one state to another: who made it, when and why.
 *
 * @param from the state left; none for the opening, which brings the case into being as {@link CaseState#OPEN}
 */
public record Transition(@Nullable CaseState from, CaseState to, DelegationCode by, Instant at, String reason) {
}
