package org.truce.ledger;

import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.ledger.tlog.Verification;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampers with the shared database, verifies the ledger and rolls back, all in one transaction with one snapshot, so
 * that other tests never see the tampering.
 */
record Tampering(JdbcClient jdbc, PlatformTransactionManager transactions, LedgerAudit audit) {

	/** Triggers off for the tampering's transaction only, as the database's owner may do. */
	private static final String AROUND_THE_TRIGGERS = "SET LOCAL session_replication_role = replica";

	Verification verifyAfter(Consumer<JdbcClient> tampering) {
		var template = new TransactionTemplate(transactions);
		template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return template.execute(status -> {
			status.setRollbackOnly();
			tampering.accept(jdbc);
			return audit.verify(audit.keyFileKey().orElseThrow());
		});
	}

	/** The first mismatch found once the stored records were changed around any append-only trigger, in words. */
	String firstAfter(Consumer<JdbcClient> tampering) {
		return first(verifyAfter(sql -> {
			sql.sql(AROUND_THE_TRIGGERS).update();
			tampering.accept(sql);
		})).describe();
	}

	/** The entry at the index, as the log holds it. */
	String entry(long index) {
		return jdbc.sql("SELECT convert_from(entry, 'UTF8') FROM ledger_entry WHERE idx = ?").param(index).query(String.class)
			.single();
	}

	/** The index of the entry whose receipt the answer to a change carries. */
	static long index(JsonNode answer) {
		return answer.get("receipt").get("entryIndex").asLong();
	}

	static Verification.Mismatch first(Verification verification) {
		assertThat(verification).isInstanceOf(Verification.Broken.class);
		return ((Verification.Broken) verification).first();
	}
}
