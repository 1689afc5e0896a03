package org.truce.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.truce.ledger.tlog.NoteSigner;
import org.truce.ledger.tlog.SignedNote;
import org.truce.ledger.tlog.VerifierKey;

/**
 * The log's signing key. It lives in a file outside the database, readable by its owner only, so that whoever can
 * change the database still cannot sign a checkpoint. It is generated on the first start of a log with no checkpoints;
 * once checkpoints exist, a missing key, or one that did not sign them, stops the application rather than starting a
 * second history under a new key.
 */
@Component
class LogKey {

	private static final Logger log = LoggerFactory.getLogger(LogKey.class);

	private final LedgerProperties properties;
	private final JdbcClient jdbc;
	private volatile @Nullable NoteSigner signer;

	LogKey(LedgerProperties properties, JdbcClient jdbc) {
		this.properties = properties;
		this.jdbc = jdbc;
	}

	NoteSigner signer() {
		var loaded = signer;
		if (loaded == null) {
			synchronized (this) {
				loaded = signer;
				if (loaded == null) {
					loaded = load();
					signer = loaded;
				}
			}
		}
		return loaded;
	}

	VerifierKey verifierKey() {
		return signer().verifierKey();
	}

	/**
	 * The public half of the key file, if the file is here; never creates one. For verification, which needs no
	 * signer and must not trust a key named by the database it checks.
	 */
	Optional<VerifierKey> inFile() {
		var loaded = signer;
		if (loaded != null) {
			return Optional.of(loaded.verifierKey());
		}
		var file = properties.keyFile().toAbsolutePath();
		return Files.exists(file) ? Optional.of(NoteSigner.load(file).verifierKey()) : Optional.empty();
	}

	private NoteSigner load() {
		var file = properties.keyFile().toAbsolutePath();
		var latest = jdbc.sql("SELECT note FROM ledger_checkpoint ORDER BY size DESC LIMIT 1").query(String.class).optional();
		NoteSigner key;
		if (Files.exists(file)) {
			key = NoteSigner.load(file);
		}
		else if (latest.isPresent()) {
			throw new IllegalStateException("The ledger's key file " + file + " is missing, but the log has signed checkpoints. "
					+ "Restore the file (or set truce.ledger.key-file to where it is): a new key would start a second history.");
		}
		else {
			key = create(file);
		}
		if (!key.verifierKey().name().equals(properties.origin())) {
			throw new IllegalStateException("The ledger key in " + file + " is named " + key.verifierKey().name()
					+ " but truce.ledger.origin is " + properties.origin() + "; the two must match");
		}
		if (latest.isPresent() && SignedNote.parse(latest.get()).verify(List.of(key.verifierKey()))
				instanceof SignedNote.Verification.Rejected) {
			throw new IllegalStateException("The ledger key in " + file + " (" + key.verifierKey()
					+ ") did not sign this log's checkpoints: it belongs to another log");
		}
		return key;
	}

	private NoteSigner create(Path file) {
		var key = NoteSigner.generate(properties.origin(), VerifierKey.ED25519);
		key.save(file);
		log.info("Generated the ledger's signing key in {}; its public key is {}", file, key.verifierKey());
		return key;
	}
}
