package org.truce.ledger.tlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;

/**
 * An Ed25519 signing key with its name: the log's, which signs checkpoints as notes (type {@code 0x01}), or a
 * witness's, which cosigns them ({@code 0x04}). Its text form is the one golang.org/x/mod/sumdb/note uses,
 * {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(type ‖ 32-byte seed)>}; it is a secret and never printed by
 * {@link #toString()}.
 */
public final class NoteSigner {

	private static final String PREFIX = "PRIVATE+KEY+";
	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private final VerifierKey verifierKey;
	private final PrivateKey privateKey;
	private final byte[] seed;

	private NoteSigner(String name, byte type, byte[] seed) {
		this.seed = seed.clone();
		this.privateKey = Ed25519.privateKey(seed);
		this.verifierKey = VerifierKey.of(name, type, Ed25519.publicKeyOf(seed));
	}

	public static NoteSigner generate(String name, byte type) {
		VerifierKey.checkName(name);
		return new NoteSigner(name, type, Ed25519.newSeed());
	}

	/** @throws IllegalArgumentException if the text is not a private key of this form, or its key ID does not match */
	public static NoteSigner parse(String text) {
		var line = text.strip();
		if (!line.startsWith(PREFIX)) {
			throw new IllegalArgumentException("a private key starts with " + PREFIX);
		}
		var parts = line.substring(PREFIX.length()).split("\\+", 3);
		if (parts.length != 3 || parts[1].length() != 8) {
			throw new IllegalArgumentException("a private key reads PRIVATE+KEY+<name>+<8 hex digits>+<base64 key>");
		}
		byte[] key = Base64.getDecoder().decode(parts[2]);
		if (key.length != 1 + Ed25519.KEY_SIZE) {
			throw new IllegalArgumentException("the private key is not a type byte and a 32-byte Ed25519 seed");
		}
		var signer = new NoteSigner(parts[0], key[0], Arrays.copyOfRange(key, 1, key.length));
		if (signer.verifierKey.keyId() != HexFormat.fromHexDigits(parts[1])) {
			throw new IllegalArgumentException("the private key's ID does not match its name and key");
		}
		return signer;
	}

	/**
	 * Reads a private key from a file, refusing one that others may read: a signing key anyone else could copy proves
	 * nothing.
	 */
	public static NoteSigner load(Path file) {
		try {
			var view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
			if (view != null && !OWNER_ONLY.containsAll(view.readAttributes().permissions())) {
				throw new IllegalStateException("The key file " + file + " may be read by others ("
						+ PosixFilePermissions.toString(view.readAttributes().permissions()) + "); run chmod 600 on it");
			}
			return parse(Files.readString(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read the key file " + file, e);
		}
	}

	/**
	 * Writes the private key to a new file that only its owner may read (POSIX 0600) from its first byte: it is written
	 * to a temporary file created with those permissions, then moved into place.
	 */
	public void save(Path file) {
		try {
			var directory = file.toAbsolutePath().getParent();
			Files.createDirectories(directory);
			boolean posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class) != null;
			var temporary = posix
					? Files.createTempFile(directory, ".key", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY))
					: Files.createTempFile(directory, ".key", ".tmp");
			Files.writeString(temporary, format() + "\n");
			Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the key file " + file, e);
		}
	}

	/** The private key's text; keep it in a file only its owner reads. */
	public String format() {
		return PREFIX + verifierKey.name() + "+" + HexFormat.of().toHexDigits(verifierKey.keyId()) + "+"
				+ Base64.getEncoder().encodeToString(Ed25519.concat(new byte[] { verifierKey.type() }, seed));
	}

	public VerifierKey verifierKey() {
		return verifierKey;
	}

	/** Signs a note's text with a note key. */
	public SignedNote.Signature sign(String text) {
		requireType(VerifierKey.ED25519);
		return signature(Ed25519.sign(privateKey, text.getBytes(StandardCharsets.UTF_8)));
	}

	/** Cosigns a checkpoint's text with a witness key (C2SP tlog-cosignature, cosignature/v1). */
	public SignedNote.Signature cosign(String checkpointText, long timestamp) {
		requireType(VerifierKey.COSIGNATURE_V1);
		var signature = Ed25519.sign(privateKey, VerifierKey.cosignedMessage(checkpointText, timestamp));
		return signature(ByteBuffer.allocate(Long.BYTES + signature.length).putLong(timestamp).put(signature).array());
	}

	private SignedNote.Signature signature(byte[] bytes) {
		return new SignedNote.Signature(verifierKey.name(), verifierKey.keyId(), bytes);
	}

	private void requireType(byte type) {
		if (verifierKey.type() != type) {
			throw new IllegalStateException("A key of type " + verifierKey.type() + " cannot make signatures of type " + type);
		}
	}

	@Override
	public String toString() {
		return "NoteSigner[" + verifierKey + "]";
	}
}
