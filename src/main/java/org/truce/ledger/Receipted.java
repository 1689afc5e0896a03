package org.truce.ledger;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.truce.ledger.tlog.Receipt;

/** An answer to a change: what changed, with the receipt of the change's ledger entry beside its fields. */
public record Receipted<T>(@JsonUnwrapped T value, Receipt receipt) {

	/** Waits for the entry of a committed change to be sequenced, and pairs its receipt with the outcome. */
	public static <T> Receipted<T> of(Recorded<T> recorded, Ledger ledger) {
		return new Receipted<>(recorded.value(), ledger.receiptFor(recorded.ticket()));
	}
}
