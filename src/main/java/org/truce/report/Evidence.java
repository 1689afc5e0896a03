package org.truce.report;

import java.time.Instant;

import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;

/**
 * A file attached as evidence, known by the SHA-256 of its raw bytes.
 *
 * @param mediaType the type detected from the file's content, not from its name
 */
public record Evidence(EvidenceId id, EvidenceSubject subject, String sha256, long size, String mediaType, String filename,
		String description, Confidentiality confidentiality, DelegationCode owner, Instant uploadedAt) {
}
