package org.truce.ledger.tlog;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Which complete subtrees make up the hashes of RFC 9162 (§2.1.1 MTH, §2.1.3.1 PATH, §2.1.4.1 SUBPROOF). Every node of
 * the tree splits at the largest power of two below its size, so its left child is always complete and aligned, and
 * the hash of any node is the right fold of its complete subtrees taken left to right. A proof is a list of such
 * folds, computed from O(log n) stored subtrees.
 */
public final class TreeShape {

	private TreeShape() {
	}

	/** The complete subtrees whose right fold is {@code MTH(D[start:end])} for a node of the tree. */
	public static List<NodeKey> subtrees(long start, long end) {
		var keys = new ArrayList<NodeKey>(Math.max(1, Long.bitCount(end - start)));
		while (start < end) {
			long width = Long.highestOneBit(end - start);
			if (start % width != 0) {
				throw new IllegalArgumentException("[" + start + ", " + end + ") is not a node of a Merkle tree");
			}
			keys.add(new NodeKey(Long.numberOfTrailingZeros(width), start / width));
			start += width;
		}
		return keys;
	}

	/** The root of a tree of {@code size} leaves, as complete subtrees (none for the empty tree). */
	public static List<NodeKey> root(long size) {
		return subtrees(0, size);
	}

	/** RFC 9162 §2.1.3.1 PATH(index, D[0:size]): each element the subtrees of one proof hash, leaf to root. */
	public static List<List<NodeKey>> inclusionPath(long index, long size) {
		if (index < 0 || index >= size) {
			throw new IllegalArgumentException("Leaf " + index + " is not in a tree of " + size);
		}
		var path = new ArrayList<List<NodeKey>>();
		path(index, 0, size, path);
		return path;
	}

	private static void path(long index, long start, long end, List<List<NodeKey>> path) {
		if (end - start <= 1) {
			return;
		}
		long k = largestPowerOfTwoBelow(end - start);
		if (index < start + k) {
			path(index, start, start + k, path);
			path.add(subtrees(start + k, end));
		}
		else {
			path(index, start + k, end, path);
			path.add(subtrees(start, start + k));
		}
	}

	/** RFC 9162 §2.1.4.1 PROOF(from, D[0:to]) for {@code 0 < from ≤ to}: empty when the sizes are equal. */
	public static List<List<NodeKey>> consistencyPath(long from, long to) {
		if (from <= 0 || from > to) {
			throw new IllegalArgumentException("No consistency proof from " + from + " to " + to);
		}
		var proof = new ArrayList<List<NodeKey>>();
		if (from < to) {
			subproof(from, 0, to, true, proof);
		}
		return proof;
	}

	private static void subproof(long m, long start, long end, boolean complete, List<List<NodeKey>> proof) {
		long n = end - start;
		if (m == n) {
			if (!complete) {
				proof.add(subtrees(start, end));
			}
			return;
		}
		long k = largestPowerOfTwoBelow(n);
		if (m <= k) {
			subproof(m, start, start + k, complete, proof);
			proof.add(subtrees(start + k, end));
		}
		else {
			subproof(m - k, start + k, end, false, proof);
			proof.add(subtrees(start, start + k));
		}
	}

	/** The hashes of a path's elements, each folded from its complete subtrees as the lookup gives them. */
	public static List<byte[]> hashes(List<List<NodeKey>> path, Function<NodeKey, byte[]> subtree) {
		var hashes = new ArrayList<byte[]>(path.size());
		for (var keys : path) {
			var parts = new ArrayList<byte[]>(keys.size());
			for (var key : keys) {
				parts.add(subtree.apply(key));
			}
			hashes.add(fold(parts));
		}
		return hashes;
	}

	/** The right fold of subtree hashes taken left to right: the hash of the node they make up. */
	public static byte[] fold(List<byte[]> hashes) {
		if (hashes.isEmpty()) {
			return TreeHash.emptyRoot();
		}
		var hash = hashes.getLast();
		for (int i = hashes.size() - 2; i >= 0; i--) {
			hash = TreeHash.node(hashes.get(i), hash);
		}
		return hash;
	}

	static long largestPowerOfTwoBelow(long n) {
		return Long.highestOneBit(n - 1);
	}
}
