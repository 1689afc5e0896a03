package org.truce.ledger.tlog;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * RFC 8032 Ed25519 through the JDK's own provider, with keys as the raw 32 bytes that signed notes carry. The raw
 * bytes are wrapped in the fixed DER prefixes of their standard encodings (RFC 8410), which is all the JDK asks for.
 */
final class Ed25519 {

	static final int KEY_SIZE = 32;
	static final int SIGNATURE_SIZE = 64;
	private static final byte[] PUBLIC_PREFIX = hex("302a300506032b6570032100");
	private static final byte[] PRIVATE_PREFIX = hex("302e020100300506032b657004220420");

	private Ed25519() {
	}

	static byte[] newSeed() {
		var seed = new byte[KEY_SIZE];
		new SecureRandom().nextBytes(seed);
		return seed;
	}

	static PrivateKey privateKey(byte[] seed) {
		try {
			return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(concat(PRIVATE_PREFIX, seed)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("Not an Ed25519 private key", e);
		}
	}

	static PublicKey publicKey(byte[] raw) {
		if (raw.length != KEY_SIZE) {
			throw new IllegalArgumentException("An Ed25519 public key has 32 bytes, not " + raw.length);
		}
		try {
			return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(concat(PUBLIC_PREFIX, raw)));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalArgumentException("Not an Ed25519 public key", e);
		}
	}

	/**
	 * The public key of a private key seed. The JDK derives it only while generating a pair, so the pair is generated
	 * from a random source that yields exactly the seed — and checked to have used it.
	 */
	static byte[] publicKeyOf(byte[] seed) {
		try {
			var generator = KeyPairGenerator.getInstance("Ed25519");
			generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
			var pair = generator.generateKeyPair();
			var used = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow();
			if (!Arrays.equals(used, seed)) {
				throw new IllegalStateException("The JDK's Ed25519 generator did not take the seed as the private key");
			}
			var encoded = pair.getPublic().getEncoded();
			return Arrays.copyOfRange(encoded, encoded.length - KEY_SIZE, encoded.length);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 is part of every Java platform since 15", e);
		}
	}

	static byte[] sign(PrivateKey key, byte[] message) {
		try {
			var signature = Signature.getInstance("Ed25519");
			signature.initSign(key);
			signature.update(message);
			return signature.sign();
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Cannot sign with Ed25519", e);
		}
	}

	static boolean verify(byte[] publicKey, byte[] message, byte[] signature) {
		if (signature.length != SIGNATURE_SIZE) {
			return false;
		}
		try {
			var verifier = Signature.getInstance("Ed25519");
			verifier.initVerify(publicKey(publicKey));
			verifier.update(message);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException | IllegalArgumentException e) {
			return false;
		}
	}

	static byte[] concat(byte[]... parts) {
		int length = 0;
		for (var part : parts) {
			length += part.length;
		}
		var result = new byte[length];
		int at = 0;
		for (var part : parts) {
			System.arraycopy(part, 0, result, at, part.length);
			at += part.length;
		}
		return result;
	}

	private static byte[] hex(String hex) {
		return java.util.HexFormat.of().parseHex(hex);
	}

	/** A random source that yields one given seed: only for deriving that seed's public key. */
	private static final class FixedSeed extends SecureRandom {

		private final byte[] seed;

		FixedSeed(byte[] seed) {
			this.seed = seed.clone();
		}

		@Override
		public void nextBytes(byte[] bytes) {
			if (bytes.length != seed.length) {
				throw new IllegalStateException("Expected a request for " + seed.length + " bytes, not " + bytes.length);
			}
			System.arraycopy(seed, 0, bytes, 0, bytes.length);
		}
	}
}
