package org.truce.report;

import java.io.InputStream;

import org.jspecify.annotations.Nullable;
import org.truce.core.Confidentiality;

/** A file to attach: its bytes are read once, while being stored, and refused past the size limit. */
public record EvidenceUpload(EvidenceSubject subject, String filename, @Nullable String description,
		Confidentiality confidentiality, InputStream content) {
}
