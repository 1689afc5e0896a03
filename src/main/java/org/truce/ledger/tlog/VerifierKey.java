package org.truce.ledger.tlog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A C2SP signed-note verifier key, {@code <name>+<hex key ID>+<base64(type ‖ public key)>}: type {@code 0x01} for a
 * log's Ed25519 note signatures, {@code 0x04} for a witness's timestamped {@code cosignature/v1} signatures.
 */
public record VerifierKey(String name, int keyId, byte type, byte[] publicKey) {

	public static final byte ED25519 = 0x01;
	public static final byte COSIGNATURE_V1 = 0x04;
	private static final Pattern NAME = Pattern.compile("[^\\s+]+", Pattern.UNICODE_CHARACTER_CLASS);

	public VerifierKey {
		checkName(name);
		if (type != ED25519 && type != COSIGNATURE_V1) {
			throw new IllegalArgumentException("signature type 0x" + HexFormat.of().toHexDigits(type)
					+ " is not supported (0x01 Ed25519, 0x04 cosignature/v1)");
		}
		if (publicKey.length != Ed25519.KEY_SIZE) {
			throw new IllegalArgumentException("an Ed25519 public key has 32 bytes, not " + publicKey.length);
		}
		if (keyId != keyId(name, type, publicKey)) {
			throw new IllegalArgumentException("the key ID does not match the key's name and public key");
		}
		publicKey = publicKey.clone();
	}

	public static VerifierKey of(String name, byte type, byte[] publicKey) {
		return new VerifierKey(name, keyId(name, type, publicKey), type, publicKey);
	}

	/** @throws IllegalArgumentException naming what is wrong with the text */
	public static VerifierKey parse(String vkey) {
		var parts = vkey.strip().split("\\+", 3);
		if (parts.length != 3 || parts[1].length() != 8) {
			throw new IllegalArgumentException("a verifier key reads <name>+<8 hex digits>+<base64 key>");
		}
		byte[] key;
		int id;
		try {
			id = HexFormat.fromHexDigits(parts[1]);
			key = Base64.getDecoder().decode(parts[2]);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("a verifier key reads <name>+<8 hex digits>+<base64 key>: " + e.getMessage());
		}
		if (key.length < 1) {
			throw new IllegalArgumentException("the verifier key holds no key");
		}
		return new VerifierKey(parts[0], id, key[0], Arrays.copyOfRange(key, 1, key.length));
	}

	public String format() {
		return name + "+" + HexFormat.of().toHexDigits(keyId) + "+"
				+ Base64.getEncoder().encodeToString(Ed25519.concat(new byte[] { type }, publicKey));
	}

	/** C2SP signed-note: the first four bytes of SHA-256(name ‖ LF ‖ type ‖ public key), big-endian. */
	public static int keyId(String name, byte type, byte[] publicKey) {
		var hash = TreeHash.sha256(name.getBytes(StandardCharsets.UTF_8), new byte[] { '\n', type }, publicKey);
		return ((hash[0] & 0xFF) << 24) | ((hash[1] & 0xFF) << 16) | ((hash[2] & 0xFF) << 8) | (hash[3] & 0xFF);
	}

	/**
	 * Whether the signature (the bytes after the key ID) signs the note text: directly for a note key; for a
	 * cosignature key, the text preceded by the {@code cosignature/v1} header and the signature's own timestamp.
	 */
	public boolean verifies(String text, byte[] signature) {
		var message = text.getBytes(StandardCharsets.UTF_8);
		if (type == ED25519) {
			return Ed25519.verify(publicKey, message, signature);
		}
		if (signature.length != Long.BYTES + Ed25519.SIGNATURE_SIZE) {
			return false;
		}
		long timestamp = java.nio.ByteBuffer.wrap(signature).getLong();
		return timestamp >= 0 && Ed25519.verify(publicKey, cosignedMessage(text, timestamp),
				Arrays.copyOfRange(signature, Long.BYTES, signature.length));
	}

	static byte[] cosignedMessage(String text, long timestamp) {
		return ("cosignature/v1\ntime " + timestamp + "\n" + text).getBytes(StandardCharsets.UTF_8);
	}

	static void checkName(String name) {
		if (!NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("a key name is not empty and has no spaces or '+'");
		}
	}

	@Override
	public byte[] publicKey() {
		return publicKey.clone();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof VerifierKey key && key.format().equals(format());
	}

	@Override
	public int hashCode() {
		return format().hashCode();
	}

	@Override
	public String toString() {
		return format();
	}
}
