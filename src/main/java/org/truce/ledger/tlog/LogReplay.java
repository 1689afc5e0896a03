package org.truce.ledger.tlog;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.truce.ledger.tlog.Verification.CheckpointMismatch;
import org.truce.ledger.tlog.Verification.CheckpointProblem;
import org.truce.ledger.tlog.Verification.EntryMismatch;
import org.truce.ledger.tlog.Verification.EntryProblem;
import org.truce.ledger.tlog.Verification.Mismatch;

/**
 * Replays a log from its first entry: parses each entry, checks it is canonical and in its place, rebuilds the tree from
 * the recomputed leaves, and checks every checkpoint — its signature by the log's key, the cosignatures of the witnesses
 * whose keys it is given, and its root against the rebuilt tree at its size. Checkpoints that each match the one log are
 * consistent with each other. Used alike on the database and on an export.
 */
public final class LogReplay {

	private final VerifierKey logKey;
	private final List<WitnessKey> witnesses;
	private final TreeMap<Long, CompletableFuture<Signed>> checkpoints = new TreeMap<>();
	private final TreeBuilder tree = new TreeBuilder();
	private final Map<String, Verification.Cosigner> cosigners = new TreeMap<>();
	private long checkpointsVerified;
	private long uncheckedCosignatures;

	/**
	 * Starts checking the checkpoints' signatures on other cores at once (Ed25519 verification costs more than
	 * hashing a thousand leaves); the replay meets each result when it reaches the checkpoint's size.
	 *
	 * @param checkpoints the signed notes by the tree size they were stored under, with their cosignatures
	 * @param witnesses the witness keys to check cosignatures with; a cosignature by any other key is counted unchecked
	 */
	public LogReplay(VerifierKey logKey, Map<Long, String> checkpoints, Collection<WitnessKey> witnesses) {
		this.logKey = logKey;
		this.witnesses = List.copyOf(witnesses);
		checkpoints.forEach((size, note) -> this.checkpoints.put(size, CompletableFuture.supplyAsync(() -> signed(size, note))));
	}

	/** Replays the entry stored at the next position. */
	public Step next(byte[] bytes) {
		long position = tree.size();
		LedgerEntry entry;
		try {
			entry = LedgerEntry.parse(bytes);
		}
		catch (IllegalArgumentException e) {
			return new Step.Rejected(new EntryMismatch(position, EntryProblem.ENTRY_ALTERED, "the stored entry is " + e.getMessage()));
		}
		if (entry.index() != position) {
			return new Step.Rejected(new EntryMismatch(position, EntryProblem.ORDER_SWAPPED,
					"the entry stored at position " + position + " says it is entry " + entry.index()));
		}
		var leafHash = TreeHash.leaf(bytes);
		return new Step.Accepted(entry, leafHash, tree.append(leafHash));
	}

	/** Checks the checkpoint stored for the tree's current size, if there is one. */
	public Optional<Mismatch> checkpointHere() {
		var signed = checkpoints.get(tree.size());
		if (signed == null) {
			return Optional.empty();
		}
		return switch (signed.join()) {
			case Signed.Invalid invalid -> Optional.of(invalid.mismatch());
			case Signed.Valid valid -> {
				var mismatch = matches(valid.checkpoint());
				if (mismatch.isEmpty()) {
					checkpointsVerified++;
					uncheckedCosignatures += valid.unchecked();
					valid.cosignedBy().forEach(witness -> tally(witness, valid.checkpoint().size()));
				}
				yield mismatch;
			}
		};
	}

	private void tally(WitnessKey witness, long size) {
		cosigners.merge(witness.delegation(), new Verification.Cosigner(witness.delegation(), Set.of(witness.key()), 1, size),
				(known, more) -> {
					var keys = new HashSet<>(known.keys());
					keys.add(witness.key());
					return new Verification.Cosigner(known.delegation(), keys, known.checkpoints() + 1, size);
				});
	}

	/**
	 * After the last entry: broken if a checkpoint of a larger size signs entries that are gone, else intact with
	 * what was verified.
	 *
	 * @param contentChecked whether the caller recomputed each entry's content hash from its record
	 */
	public Verification finish(boolean contentChecked) {
		var beyond = checkpoints.higherKey(tree.size());
		if (beyond != null) {
			return new Verification.Broken(new EntryMismatch(tree.size(), EntryProblem.ENTRY_MISSING,
					"the log ends at " + tree.size() + " entries but a checkpoint signs " + beyond));
		}
		return new Verification.Intact(tree.size(), checkpointsVerified, contentChecked, List.copyOf(cosigners.values()),
				uncheckedCosignatures);
	}

	public long size() {
		return tree.size();
	}

	/**
	 * A checkpoint's signature by the log's key, its text read as a checkpoint of the size it was stored under, and its
	 * cosignatures by the witnesses known.
	 */
	private Signed signed(long size, String note) {
		Checkpoint checkpoint;
		SignedNote signed;
		try {
			signed = SignedNote.parse(note);
			if (signed.verify(List.of(logKey)) instanceof SignedNote.Verification.Rejected rejected) {
				return new Signed.Invalid(new CheckpointMismatch(size, CheckpointProblem.SIGNATURE_INVALID,
						rejected.reason() + " (key " + logKey.format() + ")"));
			}
			checkpoint = Checkpoint.parse(signed.text());
		}
		catch (IllegalArgumentException e) {
			return new Signed.Invalid(new CheckpointMismatch(size, CheckpointProblem.SIGNATURE_INVALID,
					"not a signed checkpoint: " + e.getMessage()));
		}
		if (checkpoint.size() != size || !checkpoint.origin().equals(logKey.name())) {
			return new Signed.Invalid(new CheckpointMismatch(size, CheckpointProblem.INCONSISTENT,
					"it was stored as size " + size + " but signs size " + checkpoint.size() + " of " + checkpoint.origin()));
		}
		var cosignedBy = new ArrayList<WitnessKey>();
		int unchecked = 0;
		for (var signature : signed.signatures()) {
			if (signature.isBy(logKey)) {
				continue;
			}
			var witness = witnesses.stream().filter(w -> signature.isBy(w.key())).findFirst();
			if (witness.isEmpty()) {
				unchecked++;
			}
			else if (witness.get().key().verifies(signed.text(), signature.signature())) {
				cosignedBy.add(witness.get());
			}
			else {
				return new Signed.Invalid(new CheckpointMismatch(size, CheckpointProblem.COSIGNATURE_INVALID, "the cosignature of "
						+ signature.keyName() + " (the witness of " + witness.get().delegation() + ") does not verify"));
			}
		}
		return new Signed.Valid(checkpoint, cosignedBy, unchecked);
	}

	/** Whether a well-signed checkpoint's root is the root of the entries replayed so far. */
	private Optional<Mismatch> matches(Checkpoint checkpoint) {
		if (!MessageDigest.isEqual(checkpoint.root(), tree.root())) {
			return Optional.of(new CheckpointMismatch(checkpoint.size(), CheckpointProblem.INCONSISTENT, "it signs the root "
					+ TreeHash.base64(checkpoint.root()) + " but the entries give " + TreeHash.base64(tree.root())));
		}
		return Optional.empty();
	}

	private sealed interface Signed {

		/** @param unchecked how many cosignatures are by keys not known to the replay */
		record Valid(Checkpoint checkpoint, List<WitnessKey> cosignedBy, int unchecked) implements Signed {
		}

		record Invalid(Mismatch mismatch) implements Signed {
		}
	}

	/** What replaying one entry found. */
	public sealed interface Step {

		/** @param completed the complete subtrees this entry completed, its own leaf first */
		record Accepted(LedgerEntry entry, byte[] leafHash, List<TreeBuilder.Node> completed) implements Step {
		}

		record Rejected(Mismatch mismatch) implements Step {
		}
	}
}
