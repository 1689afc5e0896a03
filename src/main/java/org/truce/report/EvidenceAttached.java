package org.truce.report;

import java.time.Instant;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/** A file was attached as evidence; its hash identifies the exact bytes. */
public record EvidenceAttached(EvidenceId evidenceId, EvidenceSubject subject, String sha256, Confidentiality confidentiality,
		DelegationCode owner, Instant at) {
}
