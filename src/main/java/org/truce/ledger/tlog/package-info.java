/**
 * The transparency log's formats and checks that need no server: RFC 8785 canonical JSON, RFC 9162 Merkle trees and
 * proofs, C2SP signed notes, checkpoints and cosignatures, receipts and log exports — so that any delegation, auditor
 * or the public can verify what the ledger states with nothing but its public key.
 */
@NullMarked
@NamedInterface("tlog")
package org.truce.ledger.tlog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
