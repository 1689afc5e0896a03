package org.truce.ledger.tlog;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The body of a C2SP tlog-checkpoint: the log's origin, its size and its RFC 9162 root hash, one per line. The log
 * signs it as a {@link SignedNote}; witnesses cosign it.
 */
public record Checkpoint(String origin, long size, byte[] root) {

	private static final Pattern SIZE = Pattern.compile("0|[1-9][0-9]{0,18}");

	public Checkpoint {
		if (origin.isEmpty() || origin.contains("\n")) {
			throw new IllegalArgumentException("a checkpoint's origin is one non-empty line");
		}
		if (size < 0 || root.length != TreeHash.SIZE) {
			throw new IllegalArgumentException("a checkpoint has a size of 0 or more and a 32-byte root hash");
		}
		root = root.clone();
	}

	public String text() {
		return origin + "\n" + size + "\n" + TreeHash.base64(root) + "\n";
	}

	/**
	 * Reads a checkpoint from a note's text. Extension lines are refused: this log writes none, and the spec advises
	 * against them because no monitor can audit them.
	 */
	public static Checkpoint parse(String text) {
		var lines = List.of(text.split("\n", -1));
		if (lines.size() != 4 || !lines.get(3).isEmpty()) {
			throw new IllegalArgumentException("a checkpoint is three lines: origin, tree size and root hash");
		}
		if (!SIZE.matcher(lines.get(1)).matches()) {
			throw new IllegalArgumentException("a checkpoint's size is a decimal number without leading zeros");
		}
		byte[] root;
		try {
			root = Base64.getDecoder().decode(lines.get(2));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("a checkpoint's root hash is base64");
		}
		return new Checkpoint(lines.get(0), Long.parseLong(lines.get(1)), root);
	}

	@Override
	public byte[] root() {
		return root.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Checkpoint c && c.origin.equals(origin) && c.size == size && Arrays.equals(c.root, root);
	}

	@Override
	public int hashCode() {
		return origin.hashCode() * 31 + Long.hashCode(size) * 17 + Arrays.hashCode(root);
	}

	@Override
	public String toString() {
		return "Checkpoint[" + origin + ", " + size + ", " + TreeHash.base64(root) + "]";
	}
}
