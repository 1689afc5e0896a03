package org.truce.ledger.tlog;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.List;

/**
 * A C2SP signed note: a text of newline-terminated lines, a blank line, then signature lines
 * {@code — <key name> <base64(key ID ‖ signature)>}. The text ends at the last blank line.
 */
public record SignedNote(String text, List<Signature> signatures) {

	public static final String DASH = "\u2014";
	private static final int MAXIMUM_SIGNATURES = 100;

	public SignedNote {
		signatures = List.copyOf(signatures);
	}

	/** @throws IllegalArgumentException naming what is malformed */
	public static SignedNote parse(String note) {
		for (int i = 0; i < note.length(); i++) {
			if (note.charAt(i) < 0x20 && note.charAt(i) != '\n') {
				throw new IllegalArgumentException("a note holds no control characters but newlines");
			}
		}
		int split = note.lastIndexOf("\n\n");
		if (split < 0 || split + 2 >= note.length() || !note.endsWith("\n")) {
			throw new IllegalArgumentException("a note is its text, a blank line and signature lines, each ending in a newline");
		}
		var text = note.substring(0, split + 1);
		var lines = note.substring(split + 2, note.length() - 1).split("\n", -1);
		if (lines.length > MAXIMUM_SIGNATURES) {
			throw new IllegalArgumentException("a note has at most " + MAXIMUM_SIGNATURES + " signatures");
		}
		var signatures = new ArrayList<Signature>(lines.length);
		for (var line : lines) {
			signatures.add(Signature.parse(line));
		}
		return new SignedNote(text, signatures);
	}

	public String format() {
		var out = new StringBuilder(text).append('\n');
		signatures.forEach(s -> out.append(s.line()));
		return out.toString();
	}

	public SignedNote with(Signature signature) {
		var all = new ArrayList<>(signatures);
		all.add(signature);
		return new SignedNote(text, all);
	}

	/**
	 * C2SP verification: signatures from unknown keys (name and ID) are ignored; one from a known key that fails rejects
	 * the note; at least one known key must have signed it.
	 */
	public Verification verify(Collection<VerifierKey> keys) {
		var by = new ArrayList<VerifierKey>();
		for (var signature : signatures) {
			for (var key : keys) {
				if (signature.isBy(key)) {
					if (!key.verifies(text, signature.signature())) {
						return new Verification.Rejected("the signature of " + key.name() + " does not verify");
					}
					by.add(key);
				}
			}
		}
		return by.isEmpty() ? new Verification.Rejected("no known key signed it") : new Verification.Verified(by);
	}

	/** The outcome of checking a note's signatures. */
	public sealed interface Verification {

		record Verified(List<VerifierKey> by) implements Verification {
		}

		record Rejected(String reason) implements Verification {
		}
	}

	/** One signature line: the key's name and ID, and the signature bytes that follow the ID. */
	public record Signature(String keyName, int keyId, byte[] signature) {

		public static Signature parse(String line) {
			var prefix = DASH + " ";
			if (!line.startsWith(prefix)) {
				throw new IllegalArgumentException("a signature line starts with an em dash and a space");
			}
			int space = line.indexOf(' ', prefix.length());
			if (space < 0) {
				throw new IllegalArgumentException("a signature line is the key name, a space and the signature");
			}
			var name = line.substring(prefix.length(), space);
			VerifierKey.checkName(name);
			byte[] bytes;
			try {
				bytes = Base64.getDecoder().decode(line.substring(space + 1));
			}
			catch (IllegalArgumentException e) {
				throw new IllegalArgumentException("a signature is base64: " + e.getMessage());
			}
			if (bytes.length <= Integer.BYTES) {
				throw new IllegalArgumentException("a signature holds a key ID and signature bytes");
			}
			return new Signature(name, ByteBuffer.wrap(bytes).getInt(), Arrays.copyOfRange(bytes, Integer.BYTES, bytes.length));
		}

		/** Whether the line names the key — its name and key ID; whether it verifies is another question. */
		public boolean isBy(VerifierKey key) {
			return key.name().equals(keyName) && key.keyId() == keyId;
		}

		public String line() {
			var body = ByteBuffer.allocate(Integer.BYTES + signature.length).putInt(keyId).put(signature).array();
			return DASH + " " + keyName + " " + Base64.getEncoder().encodeToString(body) + "\n";
		}

		/** A cosignature/v1's timestamp: its first eight bytes. */
		public long cosignedAt() {
			return signature.length < Long.BYTES ? -1 : ByteBuffer.wrap(signature).getLong();
		}

		@Override
		public byte[] signature() {
			return signature.clone();
		}
	}
}
