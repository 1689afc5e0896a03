package org.truce.ledger.tlog;

/**
 * A complete subtree of the log: the {@code 2^level} leaves from {@code index·2^level}. Its hash never changes once its
 * last leaf is appended, which is why the ledger stores it: any root or proof is a fold of O(log n) of these.
 */
public record NodeKey(int level, long index) {

	public NodeKey {
		if (level < 0 || level > 62 || index < 0) {
			throw new IllegalArgumentException("No subtree at level " + level + ", index " + index);
		}
	}

	public long firstLeaf() {
		return index << level;
	}

	/** The index of the leaf whose appending completes this subtree. */
	public long lastLeaf() {
		return ((index + 1) << level) - 1;
	}
}
