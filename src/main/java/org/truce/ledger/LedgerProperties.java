package org.truce.ledger;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The ledger's settings ({@code truce.ledger.*}).
 *
 * @param origin the log's name: the first line of its checkpoints and its key's name, a schema-less URL by C2SP
 *        convention
 * @param keyFile where the log's private key lives, outside the database, readable by its owner only
 * @param batchSize how many pending entries the sequencer appends in one transaction
 * @param receiptTimeout how long a caller waits for its entry to be sequenced
 * @param pendingAlarm the age of the oldest pending entry beyond which the ledger reports itself unhealthy
 */
@ConfigurationProperties("truce.ledger")
record LedgerProperties(@DefaultValue("truce.example/ledger") String origin, Path keyFile,
		@DefaultValue("1000") int batchSize, @DefaultValue("10s") Duration receiptTimeout,
		@DefaultValue("30s") Duration pendingAlarm) {

	/** A batch's tickets are one statement's parameters, of which PostgreSQL takes at most 65,535. */
	static final int MAXIMUM_BATCH_SIZE = 10_000;

	LedgerProperties {
		if (batchSize < 1 || batchSize > MAXIMUM_BATCH_SIZE) {
			throw new IllegalArgumentException("truce.ledger.batch-size must be between 1 and " + MAXIMUM_BATCH_SIZE);
		}
	}
}
