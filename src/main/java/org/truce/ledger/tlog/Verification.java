package org.truce.ledger.tlog;

import java.util.List;
import java.util.Set;

/** The outcome of verifying a whole log: intact, or the first thing found that does not match, and why. */
public sealed interface Verification {

	/**
	 * @param contentChecked whether each entry's content hash was recomputed from the stored records (not possible from an
	 *        export, which holds no content)
	 * @param cosigners the delegations whose witnesses cosigned verified checkpoints, their cosignatures all verified
	 * @param uncheckedCosignatures cosignatures by keys not among the witness keys given, which could not be checked
	 */
	record Intact(long entries, long checkpoints, boolean contentChecked, List<Cosigner> cosigners, long uncheckedCosignatures)
			implements Verification {

		public Intact {
			cosigners = List.copyOf(cosigners);
		}
	}

	/**
	 * A delegation that vouched for the log through its witness.
	 *
	 * @param keys the witness keys its cosignatures verified with
	 * @param checkpoints how many checkpoints it cosigned
	 * @param latestSize the size of the latest checkpoint it cosigned
	 */
	record Cosigner(String delegation, Set<VerifierKey> keys, long checkpoints, long latestSize) {

		public Cosigner {
			keys = Set.copyOf(keys);
		}
	}

	record Broken(Mismatch first) implements Verification {
	}

	/** Something that does not match, at a position of the log. */
	sealed interface Mismatch {

		/** One sentence for a person, naming the entry or checkpoint. */
		String describe();

		/** Orders mismatches by where a reader of the log meets them: entry i, then the checkpoint of size i + 1. */
		long position();
	}

	record EntryMismatch(long index, EntryProblem problem, String detail) implements Mismatch {

		@Override
		public String describe() {
			return "entry " + index + ": " + words(problem) + " — " + detail;
		}

		@Override
		public long position() {
			return 2 * index;
		}
	}

	record CheckpointMismatch(long treeSize, CheckpointProblem problem, String detail) implements Mismatch {

		@Override
		public String describe() {
			return "checkpoint of size " + treeSize + ": " + words(problem) + " — " + detail;
		}

		@Override
		public long position() {
			return 2 * treeSize - 1;
		}
	}

	/** What is wrong with an entry; described by its name in words. */
	enum EntryProblem {
		CONTENT_CHANGED, SUBJECT_MISSING, ENTRY_MISSING, ENTRY_ALTERED, ORDER_SWAPPED, STORED_TREE_ALTERED
	}

	/** What is wrong with a checkpoint; described by its name in words. */
	enum CheckpointProblem {
		SIGNATURE_INVALID, COSIGNATURE_INVALID, INCONSISTENT
	}

	/** {@code CONTENT_CHANGED} → "content changed". */
	private static String words(Enum<?> problem) {
		return problem.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
