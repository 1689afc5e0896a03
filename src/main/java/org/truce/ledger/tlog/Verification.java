package org.truce.ledger.tlog;

/** The outcome of verifying a whole log: intact, or the first thing found that does not match, and why. */
public sealed interface Verification {

	/**
	 * @param contentChecked whether each entry's content hash was recomputed from the stored records (not possible from an
	 *        export, which holds no content)
	 */
	record Intact(long entries, long checkpoints, boolean contentChecked) implements Verification {
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
			return "entry " + index + ": " + problem.description() + " — " + detail;
		}

		@Override
		public long position() {
			return 2 * index;
		}
	}

	record CheckpointMismatch(long treeSize, CheckpointProblem problem, String detail) implements Mismatch {

		@Override
		public String describe() {
			return "checkpoint of size " + treeSize + ": " + problem.description() + " — " + detail;
		}

		@Override
		public long position() {
			return 2 * treeSize - 1;
		}
	}

	enum EntryProblem {

		CONTENT_CHANGED("content changed"),
		SUBJECT_MISSING("subject missing"),
		ENTRY_MISSING("entry missing"),
		ENTRY_ALTERED("entry altered"),
		ORDER_SWAPPED("order swapped"),
		TREE_ALTERED("stored tree altered");

		private final String description;

		EntryProblem(String description) {
			this.description = description;
		}

		public String description() {
			return description;
		}
	}

	enum CheckpointProblem {

		SIGNATURE_INVALID("checkpoint signature invalid"),
		INCONSISTENT("checkpoint inconsistent with the log");

		private final String description;

		CheckpointProblem(String description) {
			this.description = description;
		}

		public String description() {
			return description;
		}
	}
}
