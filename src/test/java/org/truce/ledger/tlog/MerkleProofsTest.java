package org.truce.ledger.tlog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every inclusion and consistency vector of transparency-dev/merkle, the roots for sizes 0–8, and our own proofs. */
class MerkleProofsTest {

	static Stream<MerkleVectors.Vector> inclusion() {
		return MerkleVectors.all("inclusion").stream();
	}

	static Stream<MerkleVectors.Vector> consistency() {
		return MerkleVectors.all("consistency").stream();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("inclusion")
	void inclusionVectorsVerifyExactlyWhenTheyShould(MerkleVectors.Vector vector) {
		var v = vector.json();
		boolean verified = MerkleProofs.verifyInclusion(MerkleVectors.uint64(v.get("leafIdx")), MerkleVectors.uint64(v.get("treeSize")),
				MerkleVectors.base64(v.get("leafHash")), MerkleVectors.proof(v.get("proof")), MerkleVectors.base64(v.get("root")));
		assertThat(verified).isEqualTo(!v.get("wantErr").asBoolean());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("consistency")
	void consistencyVectorsVerifyExactlyWhenTheyShould(MerkleVectors.Vector vector) {
		var v = vector.json();
		boolean verified = MerkleProofs.verifyConsistency(MerkleVectors.uint64(v.get("size1")), MerkleVectors.uint64(v.get("size2")),
				MerkleVectors.proof(v.get("proof")), MerkleVectors.base64(v.get("root1")), MerkleVectors.base64(v.get("root2")));
		assertThat(verified).isEqualTo(!v.get("wantErr").asBoolean());
	}

	@Test
	void thereAreAllTheVectorsTheReadmeCounts() {
		assertThat(inclusion()).hasSize(98).filteredOn(v -> !v.json().get("wantErr").asBoolean()).hasSize(6);
		assertThat(consistency()).hasSize(98).filteredOn(v -> !v.json().get("wantErr").asBoolean()).hasSize(6);
	}

	@Test
	void rootsForSizesZeroToEightAndEveryCompleteSubtreeMatch() {
		var expected = MerkleVectors.read("leaves-and-roots.json");
		var builder = new TreeBuilder();
		var roots = expected.get("roots");
		assertThat(hex(builder.root())).isEqualTo(roots.get(0).get("root").asString());
		var nodes = new HashMap<NodeKey, byte[]>();
		var leaves = MerkleVectors.leaves();
		for (int i = 0; i < leaves.size(); i++) {
			builder.append(TreeHash.leaf(leaves.get(i))).forEach(n -> nodes.put(n.key(), n.hash()));
			assertThat(hex(builder.root())).as("root of %d", i + 1).isEqualTo(roots.get(i + 1).get("root").asString());
			assertThat(hex(TreeShape.fold(TreeShape.root(i + 1).stream().map(nodes::get).toList())))
				.isEqualTo(roots.get(i + 1).get("root").asString());
		}
		var levels = expected.get("nodeHashes").get("levels");
		assertThat(nodes).hasSize(8 + 4 + 2 + 1);
		for (int level = 0; level < levels.size(); level++) {
			for (int index = 0; index < levels.get(level).size(); index++) {
				assertThat(hex(nodes.get(new NodeKey(level, index)))).isEqualTo(levels.get(level).get(index).asString());
			}
		}
	}

	@Test
	void ourProofsAreTheVectorsHappyPaths() {
		var nodes = tree(MerkleVectors.leaves());
		for (var vector : inclusion().filter(v -> !v.json().get("wantErr").asBoolean()).toList()) {
			var v = vector.json();
			if (v.get("treeSize").asLong() > 8 || vector.name().contains("single-entry")) {
				continue;
			}
			var ours = TreeShape.hashes(TreeShape.inclusionPath(v.get("leafIdx").asLong(), v.get("treeSize").asLong()), nodes::get);
			assertThat(ours).as(vector.name()).usingElementComparator(MerkleProofsTest::compare)
				.containsExactlyElementsOf(MerkleVectors.proof(v.get("proof")));
		}
		for (var vector : consistency().filter(v -> !v.json().get("wantErr").asBoolean()).toList()) {
			var v = vector.json();
			if (vector.name().contains("additional")) {
				continue;
			}
			var ours = TreeShape.hashes(TreeShape.consistencyPath(v.get("size1").asLong(), v.get("size2").asLong()), nodes::get);
			assertThat(ours).as(vector.name()).usingElementComparator(MerkleProofsTest::compare)
				.containsExactlyElementsOf(MerkleVectors.proof(v.get("proof")));
		}
	}

	@Test
	void ourProofsVerifyForEveryIndexAndPairOfSizesOfALargerTree() {
		var leaves = new ArrayList<byte[]>();
		for (int i = 0; i < 70; i++) {
			leaves.add(new byte[] { (byte) i, (byte) (i * 7) });
		}
		var nodes = tree(leaves);
		var roots = new ArrayList<byte[]>();
		var builder = new TreeBuilder();
		roots.add(builder.root());
		for (var leaf : leaves) {
			builder.append(TreeHash.leaf(leaf));
			roots.add(builder.root());
		}
		for (int size = 1; size <= leaves.size(); size++) {
			for (int index = 0; index < size; index++) {
				var proof = TreeShape.hashes(TreeShape.inclusionPath(index, size), nodes::get);
				assertThat(MerkleProofs.verifyInclusion(index, size, TreeHash.leaf(leaves.get(index)), proof, roots.get(size)))
					.as("leaf %d in %d", index, size).isTrue();
			}
			for (int from = 1; from <= size; from++) {
				var proof = TreeShape.hashes(TreeShape.consistencyPath(from, size), nodes::get);
				assertThat(MerkleProofs.verifyConsistency(from, size, proof, roots.get(from), roots.get(size)))
					.as("%d to %d", from, size).isTrue();
				if (from < size) {
					assertThat(MerkleProofs.verifyConsistency(from, size, proof, roots.get(from - 1), roots.get(size))).isFalse();
				}
			}
		}
	}

	/** Every complete subtree of the tree over the leaves. */
	private static Map<NodeKey, byte[]> tree(List<byte[]> leaves) {
		var nodes = new HashMap<NodeKey, byte[]>();
		var builder = new TreeBuilder();
		leaves.forEach(leaf -> builder.append(TreeHash.leaf(leaf)).forEach(n -> nodes.put(n.key(), n.hash())));
		return nodes;
	}

	private static int compare(byte[] a, byte[] b) {
		return java.util.Arrays.compare(a, b);
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}
}
