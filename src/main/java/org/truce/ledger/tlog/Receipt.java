package org.truce.ledger.tlog;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;

/**
 * Proof that an entry is in the log: the entry itself, a checkpoint signed by the log, and the inclusion proof of the
 * entry's leaf in the tree of that checkpoint's size. It verifies offline with the log's public key alone.
 *
 * @param entry the entry's canonical JSON, which is the leaf's input
 * @param leafHash base64 of SHA-256(0x00 ‖ entry)
 * @param checkpoint the signed note of the checkpoint
 * @param inclusionProof base64 hashes, leaf to root (RFC 9162 §2.1.3)
 */
public record Receipt(long entryIndex, String entry, String leafHash, long treeSize, String checkpoint,
		List<String> inclusionProof) {

	public Receipt {
		inclusionProof = List.copyOf(inclusionProof);
	}

	/** Checks the receipt against the log's public key; no server is asked anything. */
	public Check check(VerifierKey logKey) {
		try {
			var bytes = entry.getBytes(StandardCharsets.UTF_8);
			var parsed = LedgerEntry.parse(bytes);
			if (parsed.index() != entryIndex) {
				return new Check.Invalid("the entry says it is entry " + parsed.index() + ", not " + entryIndex);
			}
			var leaf = TreeHash.leaf(bytes);
			if (!MessageDigest.isEqual(leaf, Base64.getDecoder().decode(leafHash))) {
				return new Check.Invalid("the leaf hash is not the hash of the entry");
			}
			var note = SignedNote.parse(checkpoint);
			if (note.verify(List.of(logKey)) instanceof SignedNote.Verification.Rejected rejected) {
				return new Check.Invalid("the checkpoint is not signed by " + logKey.format() + ": " + rejected.reason());
			}
			var signed = Checkpoint.parse(note.text());
			if (signed.size() != treeSize) {
				return new Check.Invalid("the checkpoint is of size " + signed.size() + ", the proof of size " + treeSize);
			}
			var proof = inclusionProof.stream().map(Base64.getDecoder()::decode).toList();
			if (!MerkleProofs.verifyInclusion(entryIndex, treeSize, leaf, proof, signed.root())) {
				return new Check.Invalid("the inclusion proof does not lead to the checkpoint's root");
			}
			return new Check.Valid(parsed, signed);
		}
		catch (IllegalArgumentException e) {
			return new Check.Invalid("malformed receipt: " + e.getMessage());
		}
	}

	/** The outcome of checking a receipt. */
	public sealed interface Check {

		record Valid(LedgerEntry entry, Checkpoint checkpoint) implements Check {
		}

		record Invalid(String reason) implements Check {
		}
	}
}
