package org.truce.ledger.tlog;

import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import org.truce.ledger.tlog.Verification.CheckpointMismatch;
import org.truce.ledger.tlog.Verification.CheckpointProblem;
import org.truce.ledger.tlog.Verification.EntryMismatch;
import org.truce.ledger.tlog.Verification.EntryProblem;
import org.truce.ledger.tlog.Verification.Mismatch;

/**
 * Replays a log from its first entry: parses each entry, checks it is canonical and in its place, rebuilds the tree from
 * the recomputed leaves, and checks every checkpoint — its signature by the log's key and its root against the rebuilt
 * tree at its size. Checkpoints that each match the one log are consistent with each other. Used alike on the
 * database and on an export.
 */
public final class LogReplay {

	private final VerifierKey logKey;
	private final TreeMap<Long, CompletableFuture<Signed>> checkpoints = new TreeMap<>();
	private final TreeBuilder tree = new TreeBuilder();
	private long checkpointsVerified;

	/**
	 * Starts checking the checkpoints' signatures on other cores at once (Ed25519 verification costs more than
	 * hashing a thousand leaves); the replay meets each result when it reaches the checkpoint's size.
	 *
	 * @param checkpoints the signed notes by the tree size they were stored under
	 */
	public LogReplay(VerifierKey logKey, Map<Long, String> checkpoints) {
		this.logKey = logKey;
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
		var mismatch = switch (signed.join()) {
			case Signed.Invalid invalid -> Optional.of(invalid.mismatch());
			case Signed.Valid valid -> matches(valid.checkpoint());
		};
		if (mismatch.isEmpty()) {
			checkpointsVerified++;
		}
		return mismatch;
	}

	/** After the last entry: a checkpoint of a larger size means entries that were signed are gone. */
	public Optional<Mismatch> finish() {
		var beyond = checkpoints.higherKey(tree.size());
		if (beyond == null) {
			return Optional.empty();
		}
		return Optional.of(new EntryMismatch(tree.size(), EntryProblem.ENTRY_MISSING,
				"the log ends at " + tree.size() + " entries but a checkpoint signs " + beyond));
	}

	public long size() {
		return tree.size();
	}

	public long checkpointsVerified() {
		return checkpointsVerified;
	}

	/** A checkpoint's signature by the log's key, and its text read as a checkpoint of the size it was stored under. */
	private Signed signed(long size, String note) {
		Checkpoint checkpoint;
		try {
			var signed = SignedNote.parse(note);
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
		return new Signed.Valid(checkpoint);
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

		record Valid(Checkpoint checkpoint) implements Signed {
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
