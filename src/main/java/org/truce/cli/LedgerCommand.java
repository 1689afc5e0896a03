package org.truce.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.truce.ledger.LedgerAudit;
import org.truce.ledger.tlog.LogExport;
import org.truce.ledger.tlog.Receipt;
import org.truce.ledger.tlog.Verification;
import org.truce.ledger.tlog.VerifierKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

@Command(name = "ledger", mixinStandardHelpOptions = true, description = "Verify, export and check the tamper-evident ledger.",
		subcommands = { LedgerCommand.Verify.class, LedgerCommand.Export.class, LedgerCommand.CheckReceipt.class })
class LedgerCommand {

	@Command(name = "verify", mixinStandardHelpOptions = true, description = {
			"Recompute every entry from the stored records, every leaf, the tree and every checkpoint (signature, witnesses' "
					+ "cosignatures and consistency); exit 1 naming the first entry that does not match, and why. It only reads: "
					+ "no entry is sequenced, no checkpoint signed, and the signing key is not needed.",
			"With --export DIR, check an export instead, with no database (and without the content behind the entries, "
					+ "which an export does not hold)." })
	static class Verify implements Callable<Integer> {

		@Mixin
		DatabaseOptions database = new DatabaseOptions();

		@Option(names = "--export", paramLabel = "DIR", description = "Check the export in DIR instead of the database.")
		@Nullable
		Path export;

		@Option(names = "--key", paramLabel = "VKEY|FILE",
				description = "The log's public key as published (GET /api/v1/ledger/key), or a file holding it. Default: the "
						+ "public half of the ledger's key file where it is at hand, else required; with --export, the key the "
						+ "export names.")
		@Nullable
		String key;

		@Override
		public Integer call() {
			if (export != null) {
				var logKey = key == null ? LogExport.includedKey(export) : verifierKey(key);
				if (key == null) {
					System.out.println("Checking against the key the export names, " + logKey
							+ "; pass --key with the log's published key to be sure of it.");
				}
				return report(LogExport.verify(export, logKey), "the export");
			}
			try (var application = ApplicationLauncher.readOnly(database)) {
				var audit = application.getBean(LedgerAudit.class);
				return report(audit.verify(logKey(audit, key)), "the database");
			}
		}

		/** @param source what named the witness keys the cosignatures were checked with */
		private static int report(Verification verification, String source) {
			return switch (verification) {
				case Verification.Intact intact -> {
					System.out.println("Ledger intact: " + intact.entries() + " entries, " + intact.checkpoints()
							+ " checkpoints verified" + (intact.contentChecked() ? ", every entry's content recomputed from its record."
									: "; content not re-verified: an export holds none."));
					cosigners(intact, source);
					yield 0;
				}
				case Verification.Broken broken -> throw new CommandFailure("ledger does not verify: " + broken.first().describe());
			};
		}

		private static void cosigners(Verification.Intact intact, String source) {
			if (intact.cosigners().isEmpty()) {
				System.out.println("No witness cosigned a checkpoint.");
			}
			for (var cosigner : intact.cosigners()) {
				var keys = cosigner.keys().stream().map(VerifierKey::format).sorted().collect(Collectors.joining(", "));
				System.out.println("Cosigned by " + cosigner.delegation() + ": " + cosigner.checkpoints()
						+ " checkpoints, the latest of size " + cosigner.latestSize() + ", with " + keys);
			}
			if (!intact.cosigners().isEmpty()) {
				System.out.println("The witness keys are those " + source + " names: compare each with the key its guarantor holds.");
			}
			if (intact.uncheckedCosignatures() > 0) {
				System.out.println(intact.uncheckedCosignatures() + " cosignatures by keys " + source
						+ " does not name could not be checked.");
			}
		}
	}

	@Command(name = "export", mixinStandardHelpOptions = true, description = {
			"Write the log's entries, its checkpoints with their cosignatures, the witnesses' keys and the log's public key "
					+ "to DIR, for `truce ledger verify --export DIR`.",
			"It only reads, and needs no signing key." })
	static class Export implements Callable<Integer> {

		@Mixin
		DatabaseOptions database = new DatabaseOptions();

		@Parameters(index = "0", paramLabel = "DIR")
		Path directory = Path.of(".");

		@Option(names = "--key", paramLabel = "VKEY|FILE",
				description = "The log's public key as published (GET /api/v1/ledger/key), or a file holding it, to write as "
						+ "the export's log.vkey. Default: the public half of the ledger's key file where it is at hand, else required.")
		@Nullable
		String key;

		@Override
		public Integer call() {
			try (var application = ApplicationLauncher.readOnly(database)) {
				var audit = application.getBean(LedgerAudit.class);
				long entries = audit.export(directory, logKey(audit, key));
				System.out.println("Exported " + entries + " entries to " + directory.toAbsolutePath());
			}
			return 0;
		}
	}

	/**
	 * The log's key to check the database with: the one given, else the public half of the ledger's key file. Never a
	 * key the database names: a log checked against a key it chose itself proves nothing.
	 */
	private static VerifierKey logKey(LedgerAudit audit, @Nullable String key) {
		if (key != null) {
			return verifierKey(key);
		}
		var inFile = audit.keyFileKey().orElseThrow(() -> new CommandFailure("--key: give the log's public key "
				+ "(GET /api/v1/ledger/key): the ledger's key file (TRUCE_LEDGER_KEY_FILE) is not here, and a key taken from "
				+ "the database being checked would prove nothing"));
		System.out.println("The log's key: the public half of the ledger's key file, " + inFile);
		return inFile;
	}

	@Command(name = "check-receipt", mixinStandardHelpOptions = true,
			description = "Verify a receipt offline: its entry, its inclusion proof and its checkpoint's signature.")
	static class CheckReceipt implements Callable<Integer> {

		@Parameters(index = "0", paramLabel = "FILE",
				description = "The receipt as JSON, or the whole answer that carried it (its \"receipt\" field).")
		Path file = Path.of("receipt.json");

		@Option(names = "--key", required = true, paramLabel = "VKEY|FILE",
				description = "The log's public key as published (GET /api/v1/ledger/key), or a file holding it.")
		String key = "";

		@Override
		public Integer call() {
			var receipt = readReceipt(file);
			var logKey = verifierKey(key);
			return switch (receipt.check(logKey)) {
				case Receipt.Check.Valid valid -> {
					var entry = valid.entry();
					System.out.println("Receipt valid: entry " + entry.index() + " (" + entry.type() + " " + entry.subjectId()
							+ " by " + entry.delegation() + " at " + entry.time() + ") is in " + valid.checkpoint().origin()
							+ " at size " + valid.checkpoint().size() + ", signed by " + logKey);
					yield 0;
				}
				case Receipt.Check.Invalid invalid -> throw new CommandFailure("receipt does not verify: " + invalid.reason());
			};
		}

		private static Receipt readReceipt(Path file) {
			try {
				var json = JsonMapper.shared().readTree(Files.readString(file));
				var receipt = json.has("receipt") ? json.get("receipt") : json;
				return JsonMapper.shared().treeToValue(receipt, Receipt.class);
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			catch (JacksonException e) {
				throw new CommandFailure(file + " is not a receipt: " + e.getOriginalMessage());
			}
		}
	}

	/** A verifier key given as text, or as a file holding it. */
	static VerifierKey verifierKey(String keyOrFile) {
		var text = keyOrFile;
		var path = Path.of(keyOrFile);
		if (!keyOrFile.contains("+") || Files.isRegularFile(path)) {
			try {
				text = Files.readString(path);
			}
			catch (IOException e) {
				throw new CommandFailure("--key: " + keyOrFile + " is neither a verifier key nor a readable file");
			}
		}
		try {
			return VerifierKey.parse(text);
		}
		catch (IllegalArgumentException e) {
			throw new CommandFailure("--key: " + e.getMessage());
		}
	}
}
