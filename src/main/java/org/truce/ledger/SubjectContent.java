package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Map;

import org.truce.ledger.tlog.CanonicalJson;
import org.truce.ledger.tlog.LedgerEntry;

/**
 * The content of a logged subject as its module canonicalizes it (RFC 8785), with the random salt kept beside the
 * record. The log holds only {@code SHA-256(salt ‖ content)}: without the salt, nobody can confirm a guess of a
 * confidential record from its hash; with it, whoever may read the record can check it against the log.
 */
public record SubjectContent(byte[] salt, String canonicalJson) {

	public static final int SALT_BYTES = 16;
	private static final SecureRandom RANDOM = new SecureRandom();

	public SubjectContent {
		if (salt.length < 16 || salt.length > 32) {
			throw new IllegalArgumentException("A salt has 16 to 32 bytes, not " + salt.length);
		}
		salt = salt.clone();
	}

	/** New content with a fresh salt: for a record being created, which keeps the salt with it. */
	public static SubjectContent salted(Map<String, ?> content) {
		var salt = new byte[SALT_BYTES];
		RANDOM.nextBytes(salt);
		return of(salt, content);
	}

	/** Content with the salt stored beside it: for re-verification. */
	public static SubjectContent of(byte[] salt, Map<String, ?> content) {
		return new SubjectContent(salt, CanonicalJson.text(content));
	}

	/** base64(SHA-256(salt ‖ canonical content)): the entry's {@code contentHash}. */
	public String contentHash() {
		return LedgerEntry.contentHash(salt, canonicalJson.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public byte[] salt() {
		return salt.clone();
	}
}
