package org.truce.ledger.tlog;

import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

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
	private final TreeMap<Long, String> checkpoints;
	private final TreeBuilder tree = new TreeBuilder();
	private long checkpointsVerified;

	/** @param checkpoints the signed notes by the tree size they were stored under */
	public LogReplay(VerifierKey logKey, Map<Long, String> checkpoints) {
		this.logKey = logKey;
		this.checkpoints = new TreeMap<>(checkpoints);
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
		var note = checkpoints.get(tree.size());
		if (note == null) {
			return Optional.empty();
		}
		var mismatch = check(tree.size(), note);
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

	private Optional<Mismatch> check(long size, String note) {
		Checkpoint checkpoint;
		try {
			var signed = SignedNote.parse(note);
			if (signed.verify(List.of(logKey)) instanceof SignedNote.Verification.Rejected rejected) {
				return Optional.of(new CheckpointMismatch(size, CheckpointProblem.SIGNATURE_INVALID,
						rejected.reason() + " (key " + logKey.format() + ")"));
			}
			checkpoint = Checkpoint.parse(signed.text());
		}
		catch (IllegalArgumentException e) {
			return Optional.of(new CheckpointMismatch(size, CheckpointProblem.SIGNATURE_INVALID, "not a signed checkpoint: " + e.getMessage()));
		}
		if (checkpoint.size() != size || !checkpoint.origin().equals(logKey.name())) {
			return Optional.of(new CheckpointMismatch(size, CheckpointProblem.INCONSISTENT,
					"it was stored as size " + size + " but signs size " + checkpoint.size() + " of " + checkpoint.origin()));
		}
		if (!MessageDigest.isEqual(checkpoint.root(), tree.root())) {
			return Optional.of(new CheckpointMismatch(size, CheckpointProblem.INCONSISTENT, "it signs the root "
					+ TreeHash.base64(checkpoint.root()) + " but the entries give " + TreeHash.base64(tree.root())));
		}
		return Optional.empty();
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
