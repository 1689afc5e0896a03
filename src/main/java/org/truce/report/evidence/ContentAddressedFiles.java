package org.truce.report.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * Files named by the SHA-256 of their bytes ({@code sha256/ab/cd/abcd…}): the same content is stored once, and a file's
 * name proves its content. A file is written to a temporary name and moved into place only once complete, so a crash
 * never leaves a partial file under a hash.
 */
final class ContentAddressedFiles {

	static final int HEAD_LENGTH = 64;
	private static final int BUFFER = 64 * 1024;

	private final Path root;

	ContentAddressedFiles(Path root) {
		this.root = root;
	}

	/** Stores the stream's bytes, refusing them as soon as they exceed {@code maxBytes}. */
	Stored store(InputStream content, long maxBytes) {
		try {
			Files.createDirectories(root.resolve("incoming"));
			var temporary = Files.createTempFile(root.resolve("incoming"), "upload-", ".part");
			try {
				var digest = MessageDigest.getInstance("SHA-256");
				var head = new byte[HEAD_LENGTH];
				int headLength = 0;
				long size = 0;
				try (var out = Files.newOutputStream(temporary)) {
					var buffer = new byte[BUFFER];
					for (int read; (read = content.read(buffer)) != -1;) {
						size += read;
						if (size > maxBytes) {
							throw new MaxUploadSizeExceededException(maxBytes);
						}
						digest.update(buffer, 0, read);
						out.write(buffer, 0, read);
						int copy = Math.min(read, HEAD_LENGTH - headLength);
						System.arraycopy(buffer, 0, head, headLength, copy);
						headLength += copy;
					}
				}
				var sha256 = HexFormat.of().formatHex(digest.digest());
				moveIntoPlace(temporary, path(sha256));
				return new Stored(sha256, size, Arrays.copyOf(head, headLength));
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot store an evidence file under " + root, e);
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java platform", e);
		}
	}

	byte[] read(String sha256) {
		try {
			return Files.readAllBytes(path(sha256));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Evidence file " + sha256 + " is missing from " + root, e);
		}
	}

	private static void moveIntoPlace(Path temporary, Path target) throws IOException {
		if (Files.exists(target)) {
			return;
		}
		Files.createDirectories(target.getParent());
		try {
			Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (FileAlreadyExistsException concurrentlyStored) {
			// another upload of the same content won the race: the bytes are the same
		}
		catch (AtomicMoveNotSupportedException e) {
			Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private Path path(String sha256) {
		if (!sha256.matches("[0-9a-f]{64}")) {
			throw new IllegalArgumentException("not a SHA-256 in hex: " + sha256);
		}
		return root.resolve("sha256").resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
	}

	/** What was stored: the content's hash and size, and its first bytes for type detection. */
	record Stored(String sha256, long size, byte[] head) {
	}
}
