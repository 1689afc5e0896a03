package org.truce.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.jspecify.annotations.Nullable;
import org.truce.ledger.tlog.CanonicalJson;
import org.truce.ledger.tlog.Checkpoint;
import org.truce.ledger.tlog.MerkleProofs;
import org.truce.ledger.tlog.NoteSigner;
import org.truce.ledger.tlog.SignedNote;
import org.truce.ledger.tlog.VerifierKey;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A guarantor's witness, run on the delegation's own machine: it cosigns the log's latest checkpoint only after
 * checking the log's signature (with the key pinned on first use) and the checkpoint's consistency with the last one
 * it cosigned, whose size and root it keeps in its state file. A log that shows it an inconsistent history is refused.
 */
@Command(name = "witness", mixinStandardHelpOptions = true, subcommands = WitnessCommand.Keygen.class,
		description = { "Check the log's latest checkpoint against the last one this witness cosigned, and cosign it.",
				"Create the witness key first with `truce witness keygen` and register what it prints "
						+ "(POST /api/v1/ledger/witnesses {\"vkey\": …})." })
class WitnessCommand implements Callable<Integer> {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	@Option(names = "--server", paramLabel = "URL", description = "The Truce server, e.g. https://truce.example.")
	@Nullable
	URI server;

	@Option(names = "--token", paramLabel = "TOKEN", description = "An API token of a user of the guarantor delegation "
			+ "(default: the TRUCE_TOKEN environment variable).")
	@Nullable
	String token;

	@Option(names = "--key", paramLabel = "FILE", description = "The witness's private key file (truce witness keygen).")
	@Nullable
	Path key;

	@Option(names = "--state", paramLabel = "FILE",
			description = "Where the witness keeps the log's pinned key and the last checkpoint it cosigned.")
	@Nullable
	Path state;

	@Option(names = "--log-key", paramLabel = "VKEY|FILE",
			description = "Pin this log key on the first run instead of trusting the one the server publishes.")
	@Nullable
	String logKey;

	@Override
	public Integer call() {
		if (server == null || key == null || state == null) {
			throw new CommandFailure("--server, --key and --state are required (or use: truce witness keygen)");
		}
		var bearer = token != null ? token : System.getenv("TRUCE_TOKEN");
		if (bearer == null || bearer.isBlank()) {
			throw new CommandFailure("--token: give an API token of your delegation (or set TRUCE_TOKEN)");
		}
		var witness = NoteSigner.load(key);
		if (witness.verifierKey().type() != VerifierKey.COSIGNATURE_V1) {
			throw new CommandFailure("--key: " + key + " is not a witness key (truce witness keygen makes one)");
		}
		var api = new Api(server, bearer);
		var seen = WitnessState.read(state);
		var pinned = seen != null ? seen.logKey() : logKey != null ? LedgerCommand.verifierKey(logKey) : trustOnFirstUse(api);

		var note = SignedNote.parse(api.text("/api/v1/ledger/checkpoint"));
		if (note.verify(List.of(pinned)) instanceof SignedNote.Verification.Rejected rejected) {
			throw new CommandFailure("refused: the checkpoint is not signed by the log's key " + pinned + ": " + rejected.reason());
		}
		var checkpoint = Checkpoint.parse(note.text());
		if (!checkpoint.origin().equals(pinned.name())) {
			throw new CommandFailure("refused: the checkpoint is of " + checkpoint.origin() + ", not of " + pinned.name());
		}
		if (seen != null) {
			checkConsistent(api, seen, checkpoint);
		}
		var cosignature = witness.cosign(checkpoint.text(), Instant.now().getEpochSecond());
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("treeSize", checkpoint.size());
		body.put("cosignature", cosignature.line());
		api.post("/api/v1/ledger/cosignatures", CanonicalJson.text(body));
		new WitnessState(pinned, checkpoint.size(), checkpoint.root()).write(state);
		System.out.println("Cosigned checkpoint " + checkpoint.size() + " of " + checkpoint.origin() + " (root "
				+ Base64.getEncoder().encodeToString(checkpoint.root()) + ") as " + witness.verifierKey().name());
		return 0;
	}

	/** The key the server publishes, pinned from now on: whoever answers the first run is trusted, so say which key. */
	private static VerifierKey trustOnFirstUse(Api api) {
		var published = VerifierKey.parse(api.text("/api/v1/ledger/key"));
		System.out.println("Pinned the log key the server publishes, " + published + " (trust on first use): check it with "
				+ "the log's operator; --log-key pins a key you know instead.");
		return published;
	}

	/** The new checkpoint must extend the last one cosigned: same root at the same size, a consistency proof beyond. */
	private static void checkConsistent(Api api, WitnessState seen, Checkpoint latest) {
		if (latest.size() < seen.treeSize()) {
			throw new CommandFailure("refused: the log shows size " + latest.size() + " after this witness cosigned size "
					+ seen.treeSize() + ": a log only grows");
		}
		if (seen.treeSize() == 0) {
			return;
		}
		var proof = latest.size() == seen.treeSize() ? List.<byte[]>of()
				: api.json("/api/v1/ledger/proofs/consistency?from=" + seen.treeSize() + "&to=" + latest.size())
					.get("proof").valueStream().map(p -> Base64.getDecoder().decode(p.asString())).toList();
		if (!MerkleProofs.verifyConsistency(seen.treeSize(), latest.size(), proof, seen.root(), latest.root())) {
			throw new CommandFailure("refused: the checkpoint of size " + latest.size() + " is not consistent with the one of size "
					+ seen.treeSize() + " this witness cosigned: the log has shown two histories");
		}
	}

	@Command(name = "keygen", mixinStandardHelpOptions = true,
			description = "Create a witness key, kept in FILE (readable by you only); prints the verifier key to register.")
	static class Keygen implements Callable<Integer> {

		@Option(names = "--out", required = true, paramLabel = "FILE")
		Path out = Path.of("witness.key");

		@Option(names = "--name", required = true, paramLabel = "NAME",
				description = "The witness's name, a schema-less URL such as ministry.example/truce-witness.")
		String name = "";

		@Override
		public Integer call() {
			if (Files.exists(out)) {
				throw new CommandFailure("--out: " + out + " exists; a witness key is never overwritten");
			}
			NoteSigner witness;
			try {
				witness = NoteSigner.generate(name, VerifierKey.COSIGNATURE_V1);
			}
			catch (IllegalArgumentException e) {
				throw new CommandFailure("--name: " + e.getMessage());
			}
			witness.save(out);
			System.out.println(witness.verifierKey());
			return 0;
		}
	}

	/** What the witness remembers: the log's key, pinned, and the last checkpoint it cosigned. */
	record WitnessState(VerifierKey logKey, long treeSize, byte[] root) {

		static @Nullable WitnessState read(Path file) {
			if (!Files.exists(file)) {
				return null;
			}
			try {
				var json = JsonMapper.shared().readTree(Files.readString(file));
				return new WitnessState(VerifierKey.parse(json.get("logKey").asString()), json.get("treeSize").asLong(),
						Base64.getDecoder().decode(json.get("root").asString()));
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot read the witness state " + file, e);
			}
			catch (RuntimeException e) {
				throw new CommandFailure("--state: " + file + " is not a witness state file: " + e.getMessage());
			}
		}

		/** Replaces the file in one step, so that a crash never leaves half a state. */
		void write(Path file) {
			Map<String, Object> json = new LinkedHashMap<>();
			json.put("logKey", logKey.format());
			json.put("treeSize", treeSize);
			json.put("root", Base64.getEncoder().encodeToString(root));
			try {
				var directory = file.toAbsolutePath().getParent();
				Files.createDirectories(directory);
				var temporary = Files.createTempFile(directory, ".state", ".tmp");
				Files.writeString(temporary, CanonicalJson.text(json) + "\n");
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (IOException e) {
				throw new UncheckedIOException("Cannot write the witness state " + file, e);
			}
		}
	}

	/** Why a request found no server, in words: the HTTP client's exceptions often carry no message. */
	static String reason(IOException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
				return "no such host";
			}
		}
		return switch (e) {
			case HttpConnectTimeoutException timeout -> "no connection within " + TIMEOUT.toSeconds() + " s";
			case HttpTimeoutException timeout -> "no answer within " + TIMEOUT.toSeconds() + " s";
			case ConnectException refused -> "nothing accepts connections there";
			default -> e.getMessage() != null ? e.getMessage() : "the connection failed";
		};
	}

	/** The few calls a witness makes to the server. */
	private static final class Api {

		private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
		private final URI server;
		private final String token;

		Api(URI server, String token) {
			this.server = server;
			this.token = token;
		}

		String text(String path) {
			return send(HttpRequest.newBuilder(server.resolve(path)).GET());
		}

		JsonNode json(String path) {
			return JsonMapper.shared().readTree(text(path));
		}

		void post(String path, String json) {
			send(HttpRequest.newBuilder(server.resolve(path)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json)));
		}

		private String send(HttpRequest.Builder request) {
			try {
				var response = http.send(request.header("Authorization", "Bearer " + token).timeout(TIMEOUT).build(),
						HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() / 100 != 2) {
					throw new CommandFailure("the server answered " + response.statusCode() + " to " + response.uri().getPath()
							+ ": " + response.body());
				}
				return response.body();
			}
			catch (IOException e) {
				throw new CommandFailure("cannot reach " + server + ": " + reason(e));
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new CommandFailure("interrupted");
			}
		}
	}
}
