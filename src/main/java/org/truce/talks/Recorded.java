package org.truce.talks;

import org.truce.ledger.LedgerTicket;

/**
 * The outcome of a change of the talks together with the ticket of its ledger entry, by which its receipt is asked for
 * once the change's transaction has committed.
 */
public record Recorded<T>(T value, LedgerTicket ticket) {
}
