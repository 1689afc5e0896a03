package org.truce.ledger.tlog;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The 14 signed-note and checkpoint examples (12 must verify, 2 must not), and signing our own. */
class SignedNoteTest {

	/**
	 * The published test key of transparency-dev/formats ({@code log/note_test.go}, Apache-2.0) that signed the
	 * vectors' derived checkpoints; a test key, public on purpose.
	 */
	private static final String PUBLISHED_TEST_KEY = "PRIVATE+KEY+Log+2271c621+AdEIq9FLRQni54Wg68T96VJO+iayOaulswav2DUMKgvQ";

	static Stream<JsonNode> examples() {
		var examples = new ArrayList<JsonNode>();
		MerkleVectors.read("checkpoints.json").get("examples").forEach(examples::add);
		return examples.stream();
	}

	@ParameterizedTest(name = "{index}")
	@MethodSource("examples")
	void eachExampleVerifiesExactlyWhenItShould(JsonNode example) {
		var keys = new ArrayList<VerifierKey>();
		example.get("vkeys").forEach(k -> keys.add(VerifierKey.parse(k.asString())));
		var note = SignedNote.parse(example.get("note").asString());

		var verification = note.verify(keys);

		boolean valid = example.get("expect").asString().startsWith("valid");
		assertThat(verification).as(example.get("id").asString())
			.isInstanceOf(valid ? SignedNote.Verification.Verified.class : SignedNote.Verification.Rejected.class);
		assertThat(note.format()).isEqualTo(example.get("note").asString());
		if (example.has("treeSize")) {
			var checkpoint = Checkpoint.parse(note.text());
			assertThat(checkpoint.size()).isEqualTo(example.get("treeSize").asLong());
			assertThat(checkpoint.origin()).isEqualTo(example.get("origin").asString());
			assertThat(checkpoint.text()).isEqualTo(note.text());
		}
	}

	@Test
	void twelveExamplesVerifyAndTwoDoNot() {
		assertThat(examples()).hasSize(14).filteredOn(e -> e.get("expect").asString().startsWith("valid")).hasSize(12);
	}

	@Test
	void signingTheTestTreeWithThePublishedTestKeyReproducesTheDerivedCheckpointsByteForByte() {
		var signer = NoteSigner.parse(PUBLISHED_TEST_KEY);
		assertThat(signer.verifierKey().format()).isEqualTo("Log+2271c621+AemuH5ooBpEPcr+W8onrjA1NfuzBVHdezakU81Ekarvs");
		assertThat(signer.format()).isEqualTo(PUBLISHED_TEST_KEY);
		var builder = new TreeBuilder();
		var derived = examples().filter(e -> e.get("id").asString().startsWith("derived-testtree-size-")).toList();
		assertThat(derived).hasSize(8);
		var leaves = MerkleVectors.leaves();
		for (int size = 1; size <= 8; size++) {
			builder.append(TreeHash.leaf(leaves.get(size - 1)));
			var text = new Checkpoint("Log", size, builder.root()).text();
			var note = new SignedNote(text, List.of(signer.sign(text)));
			assertThat(note.format()).isEqualTo(derived.get(size - 1).get("note").asString());
		}
	}

	@Test
	void aWitnessCosignatureVerifiesOnlyOverTheCheckpointAndTimeItSigned() {
		var log = NoteSigner.generate("truce.example/ledger", VerifierKey.ED25519);
		var witness = NoteSigner.generate("truce.example/witness/RU", VerifierKey.COSIGNATURE_V1);
		var text = new Checkpoint("truce.example/ledger", 3, TreeHash.sha256("root".getBytes())).text();
		var note = new SignedNote(text, List.of(log.sign(text))).with(witness.cosign(text, 1_700_000_000L));

		var reparsed = SignedNote.parse(note.format());

		assertThat(reparsed.verify(List.of(log.verifierKey(), witness.verifierKey())))
			.isEqualTo(new SignedNote.Verification.Verified(List.of(log.verifierKey(), witness.verifierKey())));
		assertThat(reparsed.signatures().get(1).cosignedAt()).isEqualTo(1_700_000_000L);
		assertThat(witness.verifierKey().format()).startsWith("truce.example/witness/RU+");
		assertThat(Base64.getDecoder().decode(witness.verifierKey().format().split("\\+", 3)[2])[0]).isEqualTo((byte) 0x04);

		var otherText = new Checkpoint("truce.example/ledger", 4, TreeHash.sha256("root".getBytes())).text();
		var moved = new SignedNote(otherText, List.of(log.sign(otherText), reparsed.signatures().get(1)));
		assertThat(moved.verify(List.of(witness.verifierKey()))).isInstanceOf(SignedNote.Verification.Rejected.class);
	}

	@Test
	void malformedNotesAndKeysAreRefusedSayingWhy() {
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.parse("no blank line\n— a AAAAAAAA\n"));
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.parse("text\n\n"));
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.parse("text\n\n- a AAAAAAAA\n"));
		assertThatIllegalArgumentException().isThrownBy(() -> SignedNote.parse("te\txt\n\n— a AAAAAAAA\n"));
		assertThatIllegalArgumentException().isThrownBy(() -> VerifierKey.parse("example.com/foo+530d903b+AekyeRrm56hApGFkyQR4ZCbV54Id2LKaANYcrnKv3U2k"))
			.withMessageContaining("key ID");
		assertThatIllegalArgumentException().isThrownBy(() -> VerifierKey.parse("nonsense"));
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.parse("origin\n007\nAAAA\n"));
		assertThatIllegalArgumentException().isThrownBy(() -> Checkpoint.parse("origin\n7\n"));
	}
}
