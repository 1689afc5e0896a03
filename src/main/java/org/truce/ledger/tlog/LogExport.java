package org.truce.ledger.tlog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A log written to a directory: {@code entries.jsonl} (each entry's canonical JSON on its own line, in index order —
 * canonical JSON has no raw newline), {@code checkpoints.jsonl} ({@code {"note":…,"treeSize":N}} per line, the note as
 * the log serves it: its signature and every witness cosignature), {@code witnesses.jsonl}
 * ({@code {"delegation":…,"vkey":…}} per witness key that cosigned or is registered) and {@code log.vkey}, the log's
 * public key. Anyone can check it with no database: every leaf, every root, every checkpoint signature and the
 * cosignatures — but not the content behind the entries, which the export does not hold.
 */
public final class LogExport {

	public static final String ENTRIES = "entries.jsonl";
	public static final String CHECKPOINTS = "checkpoints.jsonl";
	public static final String WITNESSES = "witnesses.jsonl";
	public static final String KEY = "log.vkey";
	private static final int BUFFER = 1 << 20;

	private LogExport() {
	}

	public static Writer create(Path directory, VerifierKey logKey) {
		try {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve(KEY), logKey.format() + "\n");
			return new Writer(new BufferedOutputStream(Files.newOutputStream(directory.resolve(ENTRIES)), BUFFER),
					new BufferedOutputStream(Files.newOutputStream(directory.resolve(CHECKPOINTS))),
					new BufferedOutputStream(Files.newOutputStream(directory.resolve(WITNESSES))));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot write the export to " + directory, e);
		}
	}

	/** The key the export says signed it: to be compared with the log's published key, which is what counts. */
	public static VerifierKey includedKey(Path directory) {
		try {
			return VerifierKey.parse(Files.readString(directory.resolve(KEY)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + directory.resolve(KEY), e);
		}
	}

	/**
	 * Replays the exported log against the log's key: every entry, leaf, root and checkpoint, and the cosignatures by the
	 * witness keys the export names (an export made before it named them has its cosignatures unchecked).
	 */
	public static Verification verify(Path directory, VerifierKey logKey) {
		var replay = new LogReplay(logKey, checkpoints(directory), witnesses(directory));
		var first = replay.checkpointHere();
		if (first.isPresent()) {
			return new Verification.Broken(first.get());
		}
		try (var in = new BufferedInputStream(Files.newInputStream(directory.resolve(ENTRIES)), BUFFER)) {
			var broken = forEachLine(in, line -> {
				var mismatch = switch (replay.next(line)) {
					case LogReplay.Step.Rejected rejected -> Optional.of(rejected.mismatch());
					case LogReplay.Step.Accepted accepted -> replay.checkpointHere();
				};
				return mismatch.orElse(null);
			});
			if (broken != null) {
				return new Verification.Broken(broken);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + directory.resolve(ENTRIES), e);
		}
		return replay.finish(false);
	}

	/** The leaf hash of every line, for those who only want the tree (the benchmark's reference workload). */
	public static void forEachLeaf(InputStream in, Consumer<byte[]> leaves) throws IOException {
		forEachLine(in, line -> {
			leaves.accept(TreeHash.leaf(line));
			return null;
		});
	}

	private static Map<Long, String> checkpoints(Path directory) {
		var checkpoints = new HashMap<Long, String>();
		forEachJsonLine(directory.resolve(CHECKPOINTS),
				json -> checkpoints.put(json.get("treeSize").asLong(), json.get("note").asString()));
		return checkpoints;
	}

	private static List<WitnessKey> witnesses(Path directory) {
		var witnesses = new ArrayList<WitnessKey>();
		var file = directory.resolve(WITNESSES);
		if (Files.exists(file)) {
			forEachJsonLine(file,
					json -> witnesses.add(new WitnessKey(json.get("delegation").asString(), VerifierKey.parse(json.get("vkey").asString()))));
		}
		return witnesses;
	}

	private static void forEachJsonLine(Path file, Consumer<JsonNode> visitor) {
		try (var lines = Files.lines(file)) {
			lines.filter(line -> !line.isBlank()).forEach(line -> visitor.accept(JsonMapper.shared().readTree(line)));
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + file, e);
		}
	}

	/** Hands each newline-terminated line to the visitor until it returns a mismatch. */
	private static Verification.@Nullable Mismatch forEachLine(InputStream in, LineVisitor visitor) throws IOException {
		var buffer = new byte[BUFFER];
		int start = 0;
		int end = 0;
		while (true) {
			int newline = -1;
			for (int i = start; i < end; i++) {
				if (buffer[i] == '\n') {
					newline = i;
					break;
				}
			}
			if (newline >= 0) {
				var mismatch = visitor.visit(Arrays.copyOfRange(buffer, start, newline));
				if (mismatch != null) {
					return mismatch;
				}
				start = newline + 1;
				continue;
			}
			if (start > 0) {
				System.arraycopy(buffer, start, buffer, 0, end - start);
				end -= start;
				start = 0;
			}
			if (end == buffer.length) {
				buffer = Arrays.copyOf(buffer, buffer.length * 2);
			}
			int read = in.read(buffer, end, buffer.length - end);
			if (read < 0) {
				if (end > start) {
					return visitor.visit(Arrays.copyOfRange(buffer, start, end));
				}
				return null;
			}
			end += read;
		}
	}

	private interface LineVisitor {

		Verification.@Nullable Mismatch visit(byte[] line);
	}

	/** Writes an export: entries in index order, checkpoints and witness keys. */
	public static final class Writer implements AutoCloseable {

		private final OutputStream entries;
		private final OutputStream checkpoints;
		private final OutputStream witnesses;

		private Writer(OutputStream entries, OutputStream checkpoints, OutputStream witnesses) {
			this.entries = entries;
			this.checkpoints = checkpoints;
			this.witnesses = witnesses;
		}

		public void entry(byte[] canonical) {
			try {
				entries.write(canonical);
				entries.write('\n');
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		/** @param note the checkpoint as the log serves it, with its cosignatures */
		public void checkpoint(long treeSize, String note) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("treeSize", treeSize);
			line.put("note", note);
			jsonLine(checkpoints, line);
		}

		public void witness(WitnessKey witness) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("delegation", witness.delegation());
			line.put("vkey", witness.key().format());
			jsonLine(witnesses, line);
		}

		private static void jsonLine(OutputStream out, Map<String, Object> line) {
			try {
				out.write(CanonicalJson.bytes(line));
				out.write('\n');
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public void close() {
			try (entries; checkpoints; witnesses) {
				entries.flush();
				checkpoints.flush();
				witnesses.flush();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
