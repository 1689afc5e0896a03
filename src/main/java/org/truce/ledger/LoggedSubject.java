package org.truce.ledger;

import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * A recorded change as a reader who may see its record checks it: its ledger entry — with its index and canonical JSON
 * once sequenced, its type, subject and content hash while it waits to be — and the content that hash covers, as the
 * record is stored now, with its salt. {@code base64(SHA-256(salt ‖ content))} is the entry's content hash unless the
 * record changed since it was logged.
 *
 * @param entryIndex the entry's index, none while it waits to be sequenced
 * @param entry the entry exactly as hashed into its leaf, none while it waits to be sequenced
 * @param contentHash the content hash the log holds for the change
 * @param content the record's canonical content and salt, as stored now
 */
public record LoggedSubject(@Nullable Long entryIndex, @Nullable String entry, String type, String subjectId, String contentHash,
		SubjectContent content) {

	/** Where the entry is and what its content hash is, with the salt to check it by. */
	public Reference reference() {
		return new Reference(entryIndex, type, subjectId, salt(), contentHash);
	}

	/** The entry with the exact content it hashes: all a reader needs to recompute its content hash. */
	public Check check() {
		return new Check(entryIndex, entry, salt(), content.canonicalJson());
	}

	private String salt() {
		return Base64.getEncoder().encodeToString(content.salt());
	}

	/** @param salt base64 */
	public record Reference(@Nullable Long entryIndex, String type, String subjectId, String salt, String contentHash) {
	}

	/**
	 * @param salt base64
	 * @param content the canonical JSON (RFC 8785) whose UTF-8 bytes, after the salt's, the content hash covers
	 */
	public record Check(@Nullable Long entryIndex, @Nullable String entry, String salt, String content) {
	}
}
