package org.truce.ledger;

import java.time.Instant;
import java.util.List;

import org.truce.core.DelegationCode;
import org.truce.core.Viewer;
import org.truce.ledger.tlog.VerifierKey;

/**
 * The guarantors' witnesses: each guarantor delegation registers one Ed25519 cosigning key, then cosigns checkpoints
 * after checking them against the last one it cosigned. A checkpoint shows which guarantors vouched for it.
 */
public interface Witnesses {

	/**
	 * Registers the delegation's witness key (a C2SP vkey of type {@code 0x04}, cosignature/v1), replacing its previous
	 * one. Guarantors only.
	 */
	Witness register(String vkey, Viewer.Member by);

	List<Witness> all();

	/**
	 * Accepts a cosignature line of the caller's delegation on a checkpoint this log issued, if it verifies with the
	 * delegation's registered key; it replaces any earlier cosignature of the delegation on that checkpoint.
	 */
	Cosignature cosign(long treeSize, String signatureLine, Viewer.Member by);

	record Witness(DelegationCode delegation, VerifierKey key, Instant registeredAt) {
	}

	/** @param cosignedAt the time the witness put in its cosignature */
	record Cosignature(long treeSize, DelegationCode delegation, Instant cosignedAt) {
	}
}
