package org.truce.ledger;

import java.util.function.Function;

/**
 * The outcome of a change together with the ticket of its ledger entry, by which its receipt is asked for once the
 * change's transaction has committed.
 */
public record Recorded<T>(T value, LedgerTicket ticket) {

	/** The same change's outcome as another type shows it, e.g. a view of it. */
	public <U> Recorded<U> map(Function<? super T, ? extends U> mapping) {
		return new Recorded<>(mapping.apply(value), ticket);
	}
}
