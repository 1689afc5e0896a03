package org.truce.ledger.tlog;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A replay checks each checkpoint's cosignatures by the witness keys it is given, and says who cosigned. */
class LogReplayTest {

	private static final String ORIGIN = "truce.example/ledger";

	private final NoteSigner log = NoteSigner.generate(ORIGIN, VerifierKey.ED25519);
	private final NoteSigner russia = NoteSigner.generate("witness.ru.example", VerifierKey.COSIGNATURE_V1);
	private final NoteSigner turkey = NoteSigner.generate("witness.tr.example", VerifierKey.COSIGNATURE_V1);
	private final List<byte[]> entries = List.of(entry(0), entry(1), entry(2));

	@Test
	void cosignaturesByKnownWitnessesAreCountedPerDelegationAndOthersLeftUnchecked() {
		var one = text(1);
		var three = text(3);
		var checkpoints = Map.of(1L, note(one, russia.cosign(one, 10)), 3L, note(three, russia.cosign(three, 20), turkey.cosign(three, 21)));

		var verification = replay(checkpoints, List.of(new WitnessKey("RU", russia.verifierKey())));

		assertThat(verification).isInstanceOfSatisfying(Verification.Intact.class, intact -> {
			assertThat(intact.checkpoints()).isEqualTo(2);
			assertThat(intact.cosigners()).containsExactly(new Verification.Cosigner("RU", Set.of(russia.verifierKey()), 2, 3));
			assertThat(intact.uncheckedCosignatures()).isEqualTo(1);
		});
	}

	@Test
	void aCosignatureThatDoesNotVerifyBreaksItsCheckpoint() {
		var three = text(3);
		var forged = turkey.cosign(new Checkpoint(ORIGIN, 3, new byte[32]).text(), 21);

		var verification = replay(Map.of(3L, note(three, forged)), List.of(new WitnessKey("TR", turkey.verifierKey())));

		assertThat(verification).isInstanceOfSatisfying(Verification.Broken.class, broken -> assertThat(broken.first())
			.isEqualTo(new Verification.CheckpointMismatch(3, Verification.CheckpointProblem.COSIGNATURE_INVALID,
					"the cosignature of witness.tr.example (the witness of TR) does not verify")));
	}

	private Verification replay(Map<Long, String> checkpoints, List<WitnessKey> witnesses) {
		var replay = new LogReplay(log.verifierKey(), checkpoints, witnesses);
		for (var entry : entries) {
			assertThat(replay.next(entry)).isInstanceOf(LogReplay.Step.Accepted.class);
			var mismatch = replay.checkpointHere();
			if (mismatch.isPresent()) {
				return new Verification.Broken(mismatch.get());
			}
		}
		return replay.finish(false);
	}

	/** The checkpoint of the first entries, as the log signs it. */
	private String text(int size) {
		var tree = new TreeBuilder();
		entries.subList(0, size).forEach(entry -> tree.append(TreeHash.leaf(entry)));
		return new Checkpoint(ORIGIN, size, tree.root()).text();
	}

	private String note(String text, SignedNote.Signature... cosignatures) {
		var note = new SignedNote(text, List.of(log.sign(text)));
		for (var cosignature : cosignatures) {
			note = note.with(cosignature);
		}
		return note.format();
	}

	private static byte[] entry(long index) {
		return new LedgerEntry(index, "test.entry", "subject/" + index, "KZ", "2017-01-15T08:30:00Z",
				LedgerEntry.contentHash(new byte[16], new byte[] { (byte) index })).canonical();
	}
}
