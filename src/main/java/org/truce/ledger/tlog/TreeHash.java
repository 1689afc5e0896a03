package org.truce.ledger.tlog;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * RFC 9162 §2.1.1 hashing: {@code SHA-256(0x00 ‖ entry)} for a leaf, {@code SHA-256(0x01 ‖ left ‖ right)} for a node,
 * and {@code SHA-256("")} for the empty tree. The prefixes keep a leaf from ever passing for a node.
 */
public final class TreeHash {

	public static final int SIZE = 32;
	private static final byte LEAF_PREFIX = 0x00;
	private static final byte NODE_PREFIX = 0x01;
	// A digest per thread: hashing a million leaves must not look up a provider a million times.
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(TreeHash::newDigest);

	private TreeHash() {
	}

	public static byte[] leaf(byte[] entry) {
		return leaf(entry, 0, entry.length);
	}

	public static byte[] leaf(byte[] buffer, int offset, int length) {
		var digest = SHA256.get();
		digest.update(LEAF_PREFIX);
		digest.update(buffer, offset, length);
		return digest.digest();
	}

	public static byte[] node(byte[] left, byte[] right) {
		var digest = SHA256.get();
		digest.update(NODE_PREFIX);
		digest.update(left);
		digest.update(right);
		return digest.digest();
	}

	public static byte[] emptyRoot() {
		return sha256(new byte[0]);
	}

	public static byte[] sha256(byte[]... parts) {
		var digest = SHA256.get();
		for (var part : parts) {
			digest.update(part);
		}
		return digest.digest();
	}

	public static String base64(byte[] hash) {
		return Base64.getEncoder().encodeToString(hash);
	}

	static MessageDigest newDigest() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}
}
