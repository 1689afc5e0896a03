package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

/**
 * A second, deliberately separate implementation of what a receipt holder needs — RFC 9162 §2.1.3.2 inclusion and
 * §2.1.4.2 consistency verification, and C2SP signed-note Ed25519 signatures — written from the RFC and the spec for the
 * tests alone. It calls nothing of the application, so that a shared mistake cannot pass both.
 */
final class IndependentVerifier {

	private IndependentVerifier() {
	}

	static byte[] sha256(byte[]... parts) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			for (var part : parts) {
				digest.update(part);
			}
			return digest.digest();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}

	static byte[] leafHash(byte[] entry) {
		return sha256(new byte[] { 0 }, entry);
	}

	private static byte[] node(byte[] left, byte[] right) {
		return sha256(new byte[] { 1 }, left, right);
	}

	/**
	 * Inclusion, from the definition of PATH (RFC 9162 §2.1.3.1) rather than the verification algorithm the
	 * application uses: the proof's last hash is the sibling at the root's split, so the root is rebuilt by recursion.
	 */
	static boolean inclusion(long leafIndex, long treeSize, byte[] leafHash, List<byte[]> proof, byte[] root) {
		if (leafIndex < 0 || leafIndex >= treeSize) {
			return false;
		}
		var rebuilt = path(leafIndex, treeSize, leafHash, proof);
		return rebuilt != null && Arrays.equals(rebuilt, root);
	}

	private static byte @org.jspecify.annotations.Nullable [] path(long index, long size, byte[] leaf, List<byte[]> proof) {
		if (size == 1) {
			return proof.isEmpty() ? leaf : null;
		}
		if (proof.isEmpty()) {
			return null;
		}
		long k = Long.highestOneBit(size - 1);
		var sibling = proof.getLast();
		var rest = proof.subList(0, proof.size() - 1);
		if (index < k) {
			var left = path(index, k, leaf, rest);
			return left == null ? null : node(left, sibling);
		}
		var right = path(index - k, size - k, leaf, rest);
		return right == null ? null : node(sibling, right);
	}

	/**
	 * Consistency, from the definition of SUBPROOF (RFC 9162 §2.1.4.1): walking the proof from its last hash, rebuild
	 * both the old and the new root.
	 */
	static boolean consistency(long first, long second, List<byte[]> proof, byte[] firstRoot, byte[] secondRoot) {
		if (first < 1 || first > second) {
			return false;
		}
		if (first == second) {
			return proof.isEmpty() && Arrays.equals(firstRoot, secondRoot);
		}
		var roots = subproof(first, second, true, proof, firstRoot);
		return roots != null && Arrays.equals(roots.get(0), firstRoot) && Arrays.equals(roots.get(1), secondRoot);
	}

	private static @org.jspecify.annotations.Nullable List<byte[]> subproof(long m, long n, boolean complete, List<byte[]> proof,
			byte[] firstRoot) {
		if (m == n) {
			if (complete) {
				return proof.isEmpty() ? List.of(firstRoot, firstRoot) : null;
			}
			return proof.size() == 1 ? List.of(proof.getFirst(), proof.getFirst()) : null;
		}
		if (proof.isEmpty()) {
			return null;
		}
		long k = Long.highestOneBit(n - 1);
		var sibling = proof.getLast();
		var rest = proof.subList(0, proof.size() - 1);
		if (m <= k) {
			var left = subproof(m, k, complete, rest, firstRoot);
			return left == null ? null : List.of(left.get(0), node(left.get(1), sibling));
		}
		var right = subproof(m - k, n - k, false, rest, firstRoot);
		return right == null ? null : List.of(node(sibling, right.get(0)), node(sibling, right.get(1)));
	}

	/** A checkpoint note split by hand: its text, origin, size and root, and its signature lines. */
	record Note(String text, String origin, long size, byte[] root, List<String> signatures) {

		static Note parse(String note) {
			int split = note.lastIndexOf("\n\n");
			var text = note.substring(0, split + 1);
			var lines = text.split("\n");
			var signatures = List.of(note.substring(split + 2).split("\n"));
			return new Note(text, lines[0], Long.parseLong(lines[1]), Base64.getDecoder().decode(lines[2]), signatures);
		}

		/** Whether a signature line by the vkey's name and ID verifies over the text (type 0x01 note signature). */
		boolean signedBy(String vkey) {
			var parts = vkey.strip().split("\\+", 3);
			var name = parts[0];
			var keyId = HexFormat.of().parseHex(parts[1]);
			var key = Base64.getDecoder().decode(parts[2]);
			if (key[0] != 0x01) {
				return false;
			}
			var raw = Arrays.copyOfRange(key, 1, key.length);
			var expectedId = Arrays.copyOf(sha256((name + "\n").getBytes(StandardCharsets.UTF_8), new byte[] { 0x01 }, raw), 4);
			if (!Arrays.equals(expectedId, keyId)) {
				return false;
			}
			for (var line : signatures) {
				var fields = line.split(" ");
				if (fields.length == 3 && fields[0].equals("\u2014") && fields[1].equals(name)) {
					var signature = Base64.getDecoder().decode(fields[2]);
					if (Arrays.equals(Arrays.copyOf(signature, 4), keyId)) {
						return ed25519(raw, text.getBytes(StandardCharsets.UTF_8), Arrays.copyOfRange(signature, 4, signature.length));
					}
				}
			}
			return false;
		}

		private static boolean ed25519(byte[] rawKey, byte[] message, byte[] signature) {
			try {
				var spki = HexFormat.of().parseHex("302a300506032b6570032100" + HexFormat.of().formatHex(rawKey));
				var verifier = Signature.getInstance("Ed25519");
				verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(spki)));
				verifier.update(message);
				return verifier.verify(signature);
			}
			catch (Exception e) {
				return false;
			}
		}
	}
}
