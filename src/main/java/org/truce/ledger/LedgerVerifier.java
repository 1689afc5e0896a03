package org.truce.ledger;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.ledger.tlog.LedgerEntry;
import org.truce.ledger.tlog.LogExport;
import org.truce.ledger.tlog.LogReplay;
import org.truce.ledger.tlog.TreeBuilder;
import org.truce.ledger.tlog.Verification;
import org.truce.ledger.tlog.Verification.EntryMismatch;
import org.truce.ledger.tlog.Verification.EntryProblem;
import org.truce.ledger.tlog.Verification.Mismatch;
import org.truce.ledger.tlog.VerifierKey;

/**
 * Replays the stored log in chunks, in one consistent snapshot of the database: each entry against its stored leaf
 * hash and against its subject's stored content (through the owning module's {@link LedgerSubjects}), every stored
 * subtree against the rebuilt tree, every checkpoint against the log's key, its witnesses' keys and the rebuilt roots.
 */
@Service
class LedgerVerifier implements LedgerAudit {

	private static final int CHUNK = 4_096;

	private final LedgerStore store;
	private final Checkpoints checkpoints;
	private final LogKey key;
	private final Map<String, LedgerSubjects> subjectsByType = new HashMap<>();
	private final TransactionTemplate snapshot;

	LedgerVerifier(LedgerStore store, Checkpoints checkpoints, LogKey key, List<LedgerSubjects> subjects,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.checkpoints = checkpoints;
		this.key = key;
		for (var provider : subjects) {
			for (var type : provider.types()) {
				if (subjectsByType.put(type, provider) != null) {
					throw new IllegalStateException("Two modules claim the ledger entry type " + type);
				}
			}
		}
		this.snapshot = new TransactionTemplate(transactions);
		snapshot.setReadOnly(true);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	@Override
	public Optional<VerifierKey> keyFileKey() {
		return key.inFile();
	}

	@Override
	public Verification verify(VerifierKey logKey) {
		return snapshot.execute(status -> replay(logKey));
	}

	@Override
	public long export(Path directory, VerifierKey logKey) {
		Long exported = snapshot.execute(status -> {
			try (var export = LogExport.create(directory, logKey)) {
				long next = 0;
				for (var chunk = store.entries(0, CHUNK); !chunk.isEmpty(); chunk = store.entries(next, CHUNK)) {
					chunk.forEach(e -> export.entry(e.entry()));
					next = chunk.getLast().index() + 1;
				}
				checkpoints.all().entrySet().stream().sorted(Map.Entry.comparingByKey())
					.forEach(c -> export.checkpoint(c.getKey(), c.getValue()));
				checkpoints.witnessKeys().forEach(export::witness);
				return next;
			}
		});
		return exported == null ? 0 : exported;
	}

	private Verification replay(VerifierKey logKey) {
		long headSize = store.size();
		var replay = new LogReplay(logKey, checkpoints.all(), checkpoints.witnessKeys());
		var atStart = replay.checkpointHere();
		if (atStart.isPresent()) {
			return new Verification.Broken(atStart.get());
		}
		for (var chunk = store.entries(0, CHUNK); !chunk.isEmpty(); chunk = store.entries(replay.size(), CHUNK)) {
			var mismatch = check(chunk, replay);
			if (mismatch.isPresent()) {
				return new Verification.Broken(mismatch.get());
			}
		}
		if (headSize != replay.size()) {
			return new Verification.Broken(new EntryMismatch(Math.min(headSize, replay.size()),
					headSize > replay.size() ? EntryProblem.ENTRY_MISSING : EntryProblem.STORED_TREE_ALTERED,
					"the log's head counts " + headSize + " entries but " + replay.size() + " are stored"));
		}
		return replay.finish(true);
	}

	/** The first mismatch in a chunk: from the replay, the stored leaves and subtrees, or the subjects' content. */
	private Optional<Mismatch> check(List<LedgerStore.StoredEntry> chunk, LogReplay replay) {
		var found = new ArrayList<Mismatch>();
		var accepted = new ArrayList<LedgerEntry>();
		var completed = new ArrayList<TreeBuilder.Node>();
		for (var stored : chunk) {
			long expected = replay.size();
			if (stored.index() != expected) {
				found.add(new EntryMismatch(expected, EntryProblem.ENTRY_MISSING,
						"no entry is stored at " + expected + "; the next stored is " + stored.index()));
				break;
			}
			var step = replay.next(stored.entry());
			if (step instanceof LogReplay.Step.Rejected rejected) {
				found.add(rejected.mismatch());
				break;
			}
			var entry = (LogReplay.Step.Accepted) step;
			if (!MessageDigest.isEqual(entry.leafHash(), stored.leafHash())) {
				found.add(new EntryMismatch(expected, EntryProblem.ENTRY_ALTERED, "its stored leaf hash is not the hash of its bytes"));
				break;
			}
			accepted.add(entry.entry());
			completed.addAll(entry.completed().subList(1, entry.completed().size()));
			var checkpoint = replay.checkpointHere();
			if (checkpoint.isPresent()) {
				found.add(checkpoint.get());
				break;
			}
		}
		found.addAll(subtrees(completed));
		found.addAll(contents(accepted));
		return found.stream().min(Comparator.comparingLong(Mismatch::position));
	}

	private List<Mismatch> subtrees(List<TreeBuilder.Node> rebuilt) {
		var stored = store.storedNodes(rebuilt.stream().map(TreeBuilder.Node::key).toList());
		return rebuilt.stream()
			.filter(node -> !MessageDigest.isEqual(node.hash(), stored.get(node.key())))
			.<Mismatch>map(node -> new EntryMismatch(node.key().lastLeaf(), EntryProblem.STORED_TREE_ALTERED,
					(stored.containsKey(node.key()) ? "the stored hash of entries " : "no hash is stored for entries ")
							+ node.key().firstLeaf() + "–" + node.key().lastLeaf()
							+ (stored.containsKey(node.key()) ? " is not the hash they give" : "")))
			.toList();
	}

	private List<Mismatch> contents(List<LedgerEntry> entries) {
		var byType = new LinkedHashMap<String, List<LedgerEntry>>();
		entries.forEach(e -> byType.computeIfAbsent(e.type(), t -> new ArrayList<>()).add(e));
		var found = new ArrayList<Mismatch>();
		byType.forEach((type, ofType) -> {
			var provider = subjectsByType.get(type);
			var contents = provider == null ? Map.<String, SubjectContent>of()
					: provider.contents(type, ofType.stream().map(LedgerEntry::subjectId).distinct().toList());
			for (var entry : ofType) {
				var content = contents.get(entry.subjectId());
				if (provider == null) {
					found.add(new EntryMismatch(entry.index(), EntryProblem.SUBJECT_MISSING, "no module keeps subjects of type " + type));
				}
				else if (content == null) {
					found.add(new EntryMismatch(entry.index(), EntryProblem.SUBJECT_MISSING,
							type + " " + entry.subjectId() + " is no longer stored"));
				}
				else if (!content.contentHash().equals(entry.contentHash())) {
					found.add(new EntryMismatch(entry.index(), EntryProblem.CONTENT_CHANGED,
							"the stored " + type + " " + entry.subjectId() + " no longer hashes to the logged content hash"));
				}
			}
		});
		return found;
	}
}
