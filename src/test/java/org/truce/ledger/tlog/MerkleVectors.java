package org.truce.ledger.tlog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The transparency-dev/merkle and C2SP test vectors copied into the test resources ({@code merkle-vectors/README.md}
 * says where each comes from and under which licence).
 */
final class MerkleVectors {

	private MerkleVectors() {
	}

	static Path directory() {
		try {
			return Path.of(MerkleVectors.class.getResource("/merkle-vectors/README.md").toURI()).getParent();
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<Vector> all(String kind) {
		try (Stream<Path> files = Files.walk(directory().resolve(kind))) {
			return files.filter(f -> f.toString().endsWith(".json")).sorted()
				.map(f -> new Vector(directory().relativize(f).toString(), read(f)))
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static JsonNode read(String name) {
		return read(directory().resolve(name));
	}

	private static JsonNode read(Path file) {
		try {
			return JsonMapper.shared().readTree(Files.readString(file));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** The 8 test leaves as raw bytes. */
	static List<byte[]> leaves() {
		var leaves = new ArrayList<byte[]>();
		read("leaves-and-roots.json").get("leaves").forEach(l -> leaves.add(HexFormat.of().parseHex(l.asString())));
		return leaves;
	}

	static byte[] base64(JsonNode node) {
		return Base64.getDecoder().decode(node.asString());
	}

	/**
	 * A Go uint64 as a Java long: sizes and indices above 2^63 (the vectors' "minus one" probes) turn negative, which no
	 * verifier accepts.
	 */
	static long uint64(JsonNode node) {
		return Long.parseUnsignedLong(node.asString());
	}

	/** A proof array, where Go's nil slice ({@code null}) is an empty proof. */
	static List<byte[]> proof(JsonNode node) {
		var proof = new ArrayList<byte[]>();
		if (node != null && !node.isNull()) {
			node.forEach(p -> proof.add(base64(p)));
		}
		return proof;
	}

	record Vector(String name, JsonNode json) {

		@Override
		public String toString() {
			return name + " (" + json.get("desc").asString() + ")";
		}
	}
}
