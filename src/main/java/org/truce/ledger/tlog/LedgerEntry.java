package org.truce.ledger.tlog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

/**
 * One entry of the log, whose canonical JSON (RFC 8785) is the leaf's input: what happened ({@code type}) to what
 * ({@code subjectId}), by which delegation, when, and the salted hash of the content — never the content itself, so that
 * the log can be shown to everyone.
 *
 * @param time an RFC 3339 instant in UTC
 * @param contentHash base64 of SHA-256(salt ‖ canonical content)
 */
public record LedgerEntry(long index, String type, String subjectId, String delegation, String time, String contentHash) {

	public LedgerEntry {
		if (index < 0) {
			throw new IllegalArgumentException("An entry's index is 0 or more");
		}
	}

	/**
	 * The entry's RFC 8785 form. Written field by field, in the order JCS sorts these six keys, because every leaf of
	 * a million-entry verification goes through here; {@code LedgerEntryTest} holds it to {@link CanonicalJson}.
	 */
	public byte[] canonical() {
		var out = new StringBuilder(160 + subjectId.length());
		out.append("{\"contentHash\":");
		CanonicalJson.string(contentHash, out);
		out.append(",\"delegation\":");
		CanonicalJson.string(delegation, out);
		out.append(",\"index\":").append(index).append(",\"subjectId\":");
		CanonicalJson.string(subjectId, out);
		out.append(",\"time\":");
		CanonicalJson.string(time, out);
		out.append(",\"type\":");
		CanonicalJson.string(type, out);
		return out.append('}').toString().getBytes(StandardCharsets.UTF_8);
	}

	public byte[] leafHash() {
		return TreeHash.leaf(canonical());
	}

	/** The content hash that the salt and canonical content of the entry's subject give. */
	public static String contentHash(byte[] salt, byte[] canonicalContent) {
		return TreeHash.base64(TreeHash.sha256(salt, canonicalContent));
	}

	/**
	 * Reads an entry from its bytes, which must be exactly its canonical form: a verifier that accepted any other
	 * spelling would let one entry have two leaf hashes. Only the canonical layout is read — the six keys in JCS
	 * order — and the entry written back must give the same bytes.
	 *
	 * @throws IllegalArgumentException naming what is wrong
	 */
	public static LedgerEntry parse(byte[] bytes) {
		var in = new Reader(new String(bytes, StandardCharsets.UTF_8));
		in.expect("{\"contentHash\":");
		var contentHash = in.string();
		in.expect(",\"delegation\":");
		var delegation = in.string();
		in.expect(",\"index\":");
		long index = in.integer();
		in.expect(",\"subjectId\":");
		var subjectId = in.string();
		in.expect(",\"time\":");
		var time = in.string();
		in.expect(",\"type\":");
		var type = in.string();
		in.expect("}");
		in.end();
		byte[] hash;
		try {
			hash = Base64.getDecoder().decode(contentHash);
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("contentHash is not base64");
		}
		if (hash.length != TreeHash.SIZE) {
			throw new IllegalArgumentException("contentHash is not a SHA-256 hash");
		}
		var entry = new LedgerEntry(index, type, subjectId, delegation, time, contentHash);
		if (!Arrays.equals(entry.canonical(), bytes)) {
			throw new IllegalArgumentException("not in canonical form: " + new String(bytes, StandardCharsets.UTF_8));
		}
		return entry;
	}

	/** A cursor over an entry's text that knows just enough JSON to read the canonical layout. */
	private static final class Reader {

		private final String text;
		private int at;

		Reader(String text) {
			this.text = text;
		}

		void expect(String literal) {
			if (!text.startsWith(literal, at)) {
				throw new IllegalArgumentException("not a canonical ledger entry: expected " + literal + " at " + at);
			}
			at += literal.length();
		}

		void end() {
			if (at != text.length()) {
				throw new IllegalArgumentException("not a canonical ledger entry: text after the object at " + at);
			}
		}

		long integer() {
			int start = at;
			while (at < text.length() && text.charAt(at) >= '0' && text.charAt(at) <= '9') {
				at++;
			}
			var digits = text.substring(start, at);
			if (digits.isEmpty() || digits.length() > 18 || (digits.length() > 1 && digits.charAt(0) == '0')) {
				throw new IllegalArgumentException("index is not an integer at " + start);
			}
			return Long.parseLong(digits);
		}

		String string() {
			expect("\"");
			var out = new StringBuilder();
			while (at < text.length()) {
				char c = text.charAt(at++);
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				if (at >= text.length()) {
					break;
				}
				char escaped = text.charAt(at++);
				switch (escaped) {
					case '"', '\\', '/' -> out.append(escaped);
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'n' -> out.append('\n');
					case 'r' -> out.append('\r');
					case 't' -> out.append('\t');
					case 'u' -> {
						if (at + 4 > text.length()) {
							throw new IllegalArgumentException("a \\u escape is cut short at " + at);
						}
						try {
							out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
						}
						catch (NumberFormatException e) {
							throw new IllegalArgumentException("a \\u escape is not hexadecimal at " + at);
						}
						at += 4;
					}
					default -> throw new IllegalArgumentException("an unknown escape \\" + escaped + " at " + at);
				}
			}
			throw new IllegalArgumentException("a string is not closed");
		}
	}
}
