package org.truce.ledger;

import java.nio.file.Path;

import org.truce.ledger.tlog.Verification;

/** Verification of the whole log against the stored records, and its export for verification elsewhere. */
public interface LedgerAudit {

	/**
	 * Recomputes every entry's content hash from its module's stored record, every leaf, every stored subtree, and every
	 * checkpoint (signature and root): the first mismatch in log order, or intact.
	 */
	Verification verify();

	/** Writes the log's entries, checkpoints and public key for {@link org.truce.ledger.tlog.LogExport#verify}. */
	long export(Path directory);
}
