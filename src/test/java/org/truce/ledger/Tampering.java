package org.truce.ledger;

import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.ledger.tlog.Verification;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tampers with the shared database, verifies the ledger and rolls back, all in one transaction with one snapshot, so
 * that other tests never see the tampering.
 */
record Tampering(JdbcClient jdbc, PlatformTransactionManager transactions, LedgerAudit audit) {

	Verification verifyAfter(Consumer<JdbcClient> tampering) {
		var template = new TransactionTemplate(transactions);
		template.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		return template.execute(status -> {
			status.setRollbackOnly();
			tampering.accept(jdbc);
			return audit.verify(audit.keyFileKey().orElseThrow());
		});
	}

	static Verification.Mismatch first(Verification verification) {
		assertThat(verification).isInstanceOf(Verification.Broken.class);
		return ((Verification.Broken) verification).first();
	}
}
