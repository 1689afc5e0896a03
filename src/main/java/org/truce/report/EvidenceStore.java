package org.truce.report;

import java.util.List;

import org.truce.core.Viewer;
import org.truce.ledger.LoggedSubject;

/**
 * Evidence files, stored once per distinct content (content-addressed by SHA-256), each attachment with its own
 * confidentiality level. The store checks the file's level; whether the viewer may see the subject is the subject's
 * module's to check before calling.
 */
public interface EvidenceStore {

	Evidence attach(EvidenceUpload upload, Viewer.Member by);

	/** The subject's evidence the viewer may see. */
	List<Evidence> of(EvidenceSubject subject, Viewer viewer);

	/** One file of the subject, stripped of embedded metadata when shown outside the guarantors' circle. */
	EvidenceFile open(EvidenceSubject subject, EvidenceId id, Viewer viewer);

	/** One file's ledger entry with the content its hash covers and the salt, to whoever may see the file. */
	LoggedSubject ledgerEntry(EvidenceSubject subject, EvidenceId id, Viewer viewer);
}
