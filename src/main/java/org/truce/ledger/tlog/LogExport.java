package org.truce.ledger.tlog;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * A log written to a directory: {@code entries.jsonl} (each entry's canonical JSON on its own line, in index order —
 * canonical JSON has no raw newline), {@code checkpoints.jsonl} ({@code {"note":…,"treeSize":N}} per line) and
 * {@code log.vkey}, the log's public key. Anyone can check it with no database: every leaf, every root and every
 * checkpoint signature — but not the content behind the entries, which the export does not hold.
 */
public final class LogExport {

	public static final String ENTRIES = "entries.jsonl";
	public static final String CHECKPOINTS = "checkpoints.jsonl";
	public static final String KEY = "log.vkey";
	private static final int BUFFER = 1 << 20;

	private LogExport() {
	}

	public static Writer create(Path directory, VerifierKey logKey) {
		try {
			Files.createDirectories(directory);
			Files.writeString(directory.resolve(KEY), logKey.format() + "\n");
			return new Writer(new BufferedOutputStream(Files.newOutputStream(directory.resolve(ENTRIES)), BUFFER),
					new BufferedOutputStream(Files.newOutputStream(directory.resolve(CHECKPOINTS))));
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

	/** Replays the exported log against the log's key: every entry, leaf, root and checkpoint. */
	public static Verification verify(Path directory, VerifierKey logKey) {
		var replay = new LogReplay(logKey, checkpoints(directory));
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
		return replay.finish().<Verification>map(Verification.Broken::new)
			.orElseGet(() -> new Verification.Intact(replay.size(), replay.checkpointsVerified(), false));
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
		try (var lines = Files.lines(directory.resolve(CHECKPOINTS))) {
			lines.filter(line -> !line.isBlank()).forEach(line -> {
				var json = JsonMapper.shared().readTree(line);
				checkpoints.put(json.get("treeSize").asLong(), json.get("note").asString());
			});
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot read " + directory.resolve(CHECKPOINTS), e);
		}
		return checkpoints;
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

	/** Writes an export, entries first in index order, then checkpoints. */
	public static final class Writer implements AutoCloseable {

		private final OutputStream entries;
		private final OutputStream checkpoints;

		private Writer(OutputStream entries, OutputStream checkpoints) {
			this.entries = entries;
			this.checkpoints = checkpoints;
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

		public void checkpoint(long treeSize, String note) {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("treeSize", treeSize);
			line.put("note", note);
			try {
				checkpoints.write(CanonicalJson.bytes(line));
				checkpoints.write('\n');
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}

		@Override
		public void close() {
			try (entries; checkpoints) {
				entries.flush();
				checkpoints.flush();
			}
			catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
