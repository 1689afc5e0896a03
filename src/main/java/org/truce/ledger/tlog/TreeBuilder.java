package org.truce.ledger.tlog;

import java.util.ArrayList;
import java.util.List;

/**
 * Appends leaves to a Merkle tree keeping only its right edge — the complete subtrees of the current size, at most one
 * per bit of the size — so that a million leaves need O(log n) memory. Each append reports the subtrees it completes.
 */
public final class TreeBuilder {

	private final List<Node> edge = new ArrayList<>(Long.SIZE);
	private long size;

	/** A tree of the given size, from the hashes of its {@link TreeShape#root complete subtrees}, left to right. */
	public TreeBuilder(long size, List<byte[]> edgeHashes) {
		var keys = TreeShape.root(size);
		if (keys.size() != edgeHashes.size()) {
			throw new IllegalArgumentException("A tree of " + size + " has " + keys.size() + " edge subtrees, not " + edgeHashes.size());
		}
		for (int i = 0; i < keys.size(); i++) {
			edge.add(new Node(keys.get(i), edgeHashes.get(i)));
		}
		this.size = size;
	}

	public TreeBuilder() {
		this(0, List.of());
	}

	/**
	 * Appends a leaf by its hash.
	 *
	 * @return the complete subtrees this leaf completes, the leaf itself first
	 */
	public List<Node> append(byte[] leafHash) {
		var completed = new ArrayList<Node>(2);
		var node = new Node(new NodeKey(0, size), leafHash);
		completed.add(node);
		while (!edge.isEmpty() && edge.getLast().key().level() == node.key().level()) {
			var left = edge.removeLast();
			node = new Node(new NodeKey(node.key().level() + 1, left.key().index() >> 1), TreeHash.node(left.hash(), node.hash()));
			completed.add(node);
		}
		edge.add(node);
		size++;
		return completed;
	}

	public long size() {
		return size;
	}

	public byte[] root() {
		return TreeShape.fold(edge.stream().map(Node::hash).toList());
	}

	/** A stored complete subtree. */
	public record Node(NodeKey key, byte[] hash) {
	}
}
