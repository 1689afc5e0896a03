package org.truce.verification;

import java.time.Instant;
import java.util.UUID;

import org.truce.core.DelegationCode;

/** The accused party's answer to the allegation, part of the case record. */
public record Reply(UUID id, DelegationCode delegation, String text, Instant at) {
}
