package org.truce.verification;

import java.time.Instant;

import org.truce.core.DelegationCode;

/** A move of a case from one state to another: who made it, when and why. */
public record Transition(CaseState from, CaseState to, DelegationCode by, Instant at, String reason) {
}
