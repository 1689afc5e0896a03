/**
 * The tamper-evident ledger (DESIGN §5): an append-only RFC 9162 Merkle log of every state change of consequence,
 * with signed checkpoints, witness cosignatures, receipts and verification. It knows no domain module: they record
 * entries through {@link org.truce.ledger.Ledger} and give back their content through
 * {@link org.truce.ledger.LedgerSubjects}.
 */
@NullMarked
package org.truce.ledger;

import org.jspecify.annotations.NullMarked;
