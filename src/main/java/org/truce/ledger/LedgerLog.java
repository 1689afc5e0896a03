package org.truce.ledger;

import java.util.List;
import java.util.Optional;

import org.truce.ledger.tlog.VerifierKey;

/**
 * The log as anyone may read it: its entries (which reveal no content), its signed checkpoints with their
 * cosignatures, its public key, and proofs computed from stored subtrees. Arguments out of range are refused with
 * {@link org.truce.core.MalformedInputException} naming the parameter.
 */
public interface LedgerLog {

	/** How many entries have been sequenced. */
	long size();

	VerifierKey key();

	/** The latest checkpoint as a signed note, with the log's signature and every witness cosignature. */
	String latestCheckpoint();

	/** An entry's canonical JSON: exactly the leaf's input. */
	byte[] entry(long index);

	/** Up to {@code count} consecutive entries from {@code from}. */
	List<byte[]> entries(long from, int count);

	InclusionProof inclusionProof(long index, long treeSize);

	ConsistencyProof consistencyProof(long fromSize, long toSize);

	/** The checkpoint of a size, if one was issued, with its cosignatures. */
	Optional<String> checkpoint(long treeSize);

	record InclusionProof(long treeSize, long leafIndex, byte[] leafHash, List<byte[]> proof) {
	}

	record ConsistencyProof(long fromSize, long treeSize, List<byte[]> proof) {
	}
}
