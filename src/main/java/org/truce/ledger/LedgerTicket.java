package org.truce.ledger;

/** Claim on a recorded entry's receipt: the number its pending row had before the sequencer gave it an index. */
public record LedgerTicket(long value) {
}
