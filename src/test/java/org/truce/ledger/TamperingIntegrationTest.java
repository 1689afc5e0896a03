package org.truce.ledger;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.truce.TruceIntegrationTest;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.ledger.tlog.Checkpoint;
import org.truce.ledger.tlog.NoteSigner;
import org.truce.ledger.tlog.SignedNote;
import org.truce.ledger.tlog.TreeHash;
import org.truce.ledger.tlog.Verification;
import org.truce.ledger.tlog.Verification.CheckpointMismatch;
import org.truce.ledger.tlog.Verification.CheckpointProblem;
import org.truce.ledger.tlog.Verification.EntryMismatch;
import org.truce.ledger.tlog.Verification.EntryProblem;
import org.truce.ledger.tlog.VerifierKey;
import org.truce.report.ReportDrafts;
import org.truce.report.ReportRegister;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each kind of tampering, done by direct SQL as someone with access to the database would, is found by
 * {@code verify} and named at its entry. The tampering happens inside a transaction that verification joins and that
 * is then rolled back, so the shared database is never left altered for other tests.
 */
@TruceIntegrationTest
class TamperingIntegrationTest {

	@Autowired
	ReportRegister register;

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerAudit audit;

	@Autowired
	LedgerProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

	private UUID report;
	private long filedAt;
	private long amendedAt;
	private long checkpointSize;

	@BeforeEach
	void fileAndAmendAReport() {
		var party = (Viewer.Member) Viewer.member("party.gov", new DelegationCode("SYG"), Role.PARTY);
		var at = Instant.parse("1979-03-01T10:00:00Z");
		var filing = register.file(ReportDrafts.aReport().occurred(at, at.plusSeconds(60)).narrative("Checkpoint fired upon").build(),
				party, null);
		report = filing.report().id().value();
		filedAt = ledger.receiptFor(filing.ledgerTicket()).entryIndex();
		var amended = register.amend(filing.report().id(),
				ReportDrafts.aReport().occurred(at, at.plusSeconds(60)).narrative("Checkpoint fired upon twice").build(),
				"a second burst", null, party);
		var receipt = ledger.receiptFor(amended.ledgerTicket());
		amendedAt = receipt.entryIndex();
		checkpointSize = receipt.treeSize();
	}

	@Test
	void anUntouchedLogVerifies() {
		var verification = tampered(sql -> {
		});
		assertThat(verification).isInstanceOfSatisfying(Verification.Intact.class, intact -> {
			assertThat(intact.entries()).isGreaterThan(amendedAt);
			assertThat(intact.checkpoints()).isPositive();
			assertThat(intact.contentChecked()).isTrue();
		});
	}

	@Test
	void anUpdateOfAReportsStoredContentIsFoundAtItsEntry() {
		var verification = tampered(sql -> sql.sql("UPDATE report_revision SET killed = 40 WHERE report_id = ? AND revision = 1")
			.param(report).update());

		assertThat(first(verification)).isEqualTo(new EntryMismatch(filedAt, EntryProblem.CONTENT_CHANGED,
				"the stored report.filed " + report + "/1 no longer hashes to the logged content hash"));
		assertThat(first(verification).describe()).startsWith("entry " + filedAt + ": content changed");
	}

	@Test
	void aDeletedRevisionIsFoundAtItsEntry() {
		var verification = tampered(sql -> sql.sql("DELETE FROM report_revision WHERE report_id = ? AND revision = 2")
			.param(report).update());

		assertThat(first(verification)).isInstanceOfSatisfying(EntryMismatch.class, mismatch -> {
			assertThat(mismatch.index()).isEqualTo(amendedAt);
			assertThat(mismatch.problem()).isEqualTo(EntryProblem.SUBJECT_MISSING);
		});
	}

	@Test
	void aDeletedEntryIsFoundAtItsIndex() {
		var verification = tampered(sql -> sql.sql("DELETE FROM ledger_entry WHERE idx = ?").param(filedAt).update());

		assertThat(first(verification)).isInstanceOfSatisfying(EntryMismatch.class, mismatch -> {
			assertThat(mismatch.index()).isEqualTo(filedAt);
			assertThat(mismatch.problem()).isEqualTo(EntryProblem.ENTRY_MISSING);
		});
	}

	@Test
	void twoSwappedEntriesAreFoundAtTheFirstOfThem() {
		var verification = tampered(sql -> sql.sql("""
				UPDATE ledger_entry e SET entry = o.entry, leaf_hash = o.leaf_hash
				FROM ledger_entry o WHERE (e.idx, o.idx) IN ((:a, :b), (:b, :a))""")
			.param("a", filedAt).param("b", amendedAt).update());

		assertThat(first(verification)).isEqualTo(new EntryMismatch(filedAt, EntryProblem.ORDER_SWAPPED,
				"the entry stored at position " + filedAt + " says it is entry " + amendedAt));
	}

	@Test
	void anEntryAlteredInPlaceIsFoundAtItsIndex() {
		var verification = tampered(sql -> sql.sql("""
				UPDATE ledger_entry SET entry = convert_to(replace(convert_from(entry, 'UTF8'), '"SYG"', '"SYO"'), 'UTF8')
				WHERE idx = ?""").param(amendedAt).update());

		assertThat(first(verification)).isInstanceOfSatisfying(EntryMismatch.class, mismatch -> {
			assertThat(mismatch.index()).isEqualTo(amendedAt);
			assertThat(mismatch.problem()).isEqualTo(EntryProblem.ENTRY_ALTERED);
		});
	}

	@Test
	void aCheckpointReplacedByOneSignedWithAnotherKeyIsFound() {
		var impostor = NoteSigner.generate(properties.origin(), VerifierKey.ED25519);
		var verification = tampered(sql -> sql.sql("UPDATE ledger_checkpoint SET note = ? WHERE size = ?")
			.params(resigned(sql, impostor, null), checkpointSize).update());

		assertThat(first(verification)).isInstanceOfSatisfying(CheckpointMismatch.class, mismatch -> {
			assertThat(mismatch.treeSize()).isEqualTo(checkpointSize);
			assertThat(mismatch.problem()).isEqualTo(CheckpointProblem.SIGNATURE_INVALID);
		});
	}

	@Test
	void aCheckpointOfAnotherHistoryIsFoundEvenWithTheLogsOwnSignature() {
		var logKey = NoteSigner.load(properties.keyFile());
		var verification = tampered(sql -> sql.sql("UPDATE ledger_checkpoint SET note = ? WHERE size = ?")
			.params(resigned(sql, logKey, TreeHash.sha256("another history".getBytes())), checkpointSize).update());

		assertThat(first(verification)).isInstanceOfSatisfying(CheckpointMismatch.class, mismatch -> {
			assertThat(mismatch.treeSize()).isEqualTo(checkpointSize);
			assertThat(mismatch.problem()).isEqualTo(CheckpointProblem.INCONSISTENT);
			assertThat(mismatch.describe()).startsWith("checkpoint of size " + checkpointSize);
		});
	}

	@Test
	void anAlteredStoredSubtreeIsFoundWhereItIsCompleted() {
		var verification = tampered(sql -> sql.sql("UPDATE ledger_node SET hash = ? WHERE level = 1 AND idx = 0")
			.param(TreeHash.sha256("forged".getBytes())).update());

		assertThat(first(verification)).isEqualTo(new EntryMismatch(1, EntryProblem.STORED_TREE_ALTERED,
				"the stored hash of entries 0–1 is not the hash they give"));
	}

	/** The checkpoint of the test's size, signed anew — with its root, or another. */
	private String resigned(JdbcClient sql, NoteSigner signer, byte[] root) {
		var stored = Checkpoint.parse(SignedNote.parse(sql.sql("SELECT note FROM ledger_checkpoint WHERE size = ?")
			.param(checkpointSize).query(String.class).single()).text());
		var text = new Checkpoint(stored.origin(), stored.size(), root == null ? stored.root() : root).text();
		return new SignedNote(text, List.of(signer.sign(text))).format();
	}

	private Verification tampered(Consumer<JdbcClient> tampering) {
		return new Tampering(jdbc, transactions, audit).verifyAfter(tampering);
	}

	private static Verification.Mismatch first(Verification verification) {
		return Tampering.first(verification);
	}
}
