package org.truce.ledger.tlog;

import java.security.MessageDigest;
import java.util.List;

/**
 * Verifies RFC 9162 inclusion (§2.1.3.2) and consistency (§2.1.4.2) proofs, with the edge cases as the reference Go
 * implementation (transparency-dev/merkle) settles them: a proof must have exactly the length its sizes call for, a
 * consistency proof from the empty tree proves nothing, and equal sizes need an empty proof and equal roots.
 */
public final class MerkleProofs {

	private MerkleProofs() {
	}

	public static boolean verifyInclusion(long index, long size, byte[] leafHash, List<byte[]> proof, byte[] root) {
		if (index < 0 || index >= size || leafHash.length != TreeHash.SIZE) {
			return false;
		}
		if (proof.size() != inclusionProofLength(index, size)) {
			return false;
		}
		long fn = index;
		long sn = size - 1;
		var r = leafHash;
		for (var p : proof) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = TreeHash.node(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = TreeHash.node(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(r, root);
	}

	public static boolean verifyConsistency(long size1, long size2, List<byte[]> proof, byte[] root1, byte[] root2) {
		if (size1 <= 0 || size1 > size2) {
			return false;
		}
		if (size1 == size2) {
			return proof.isEmpty() && MessageDigest.isEqual(root1, root2);
		}
		if (proof.isEmpty()) {
			return false;
		}
		// When size1 is a power of two, the old root is itself a node of the new tree and the proof leaves it out.
		boolean seeded = Long.bitCount(size1) == 1;
		if (proof.size() != consistencyProofLength(size1, size2)) {
			return false;
		}
		int next = seeded ? 0 : 1;
		var seed = seeded ? root1 : proof.getFirst();
		long fn = size1 - 1;
		long sn = size2 - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		var fr = seed;
		var sr = seed;
		for (var c : proof.subList(next, proof.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = TreeHash.node(c, fr);
				sr = TreeHash.node(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				sr = TreeHash.node(sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(fr, root1) && MessageDigest.isEqual(sr, root2);
	}

	static int inclusionProofLength(long index, long size) {
		int inner = Long.SIZE - Long.numberOfLeadingZeros(index ^ (size - 1));
		int border = Long.bitCount(index >>> inner);
		return inner + border;
	}

	static int consistencyProofLength(long size1, long size2) {
		int shift = Long.numberOfTrailingZeros(size1);
		int length = inclusionProofLength(size1 - 1, size2) - shift;
		return Long.bitCount(size1) == 1 ? length : length + 1;
	}
}
