/**
 * The ledger's REST API: checkpoints, the public key, entries and proofs for everyone, witness registration and
 * cosignatures for guarantors.
 */
@NullMarked
package org.truce.ledger.web;

import org.jspecify.annotations.NullMarked;
