package org.truce.ledger;

import java.nio.file.Path;
import java.util.Optional;

import org.truce.ledger.tlog.Verification;
import org.truce.ledger.tlog.VerifierKey;

/**
 * Verification of the whole log against the stored records, and its export for verification elsewhere. Both only read:
 * they run in an application started read-only, which needs no signing key. The log's public key is the caller's to
 * give — the log's published key, or the public half of the key file where it is at hand — and never taken from the
 * database being checked, which could name any key it liked.
 */
public interface LedgerAudit {

	/** The public half of the log's key file, if this instance has the file. */
	Optional<VerifierKey> keyFileKey();

	/**
	 * Recomputes every entry's content hash from its module's stored record, every leaf, every stored subtree, and every
	 * checkpoint (signature by the log's key, cosignatures, root): the first mismatch in log order, or intact.
	 */
	Verification verify(VerifierKey logKey);

	/**
	 * Writes the log's entries, checkpoints with their cosignatures, witness keys and the log's key for
	 * {@link org.truce.ledger.tlog.LogExport#verify}.
	 */
	long export(Path directory, VerifierKey logKey);
}
