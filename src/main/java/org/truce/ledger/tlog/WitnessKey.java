package org.truce.ledger.tlog;

/** A guarantor's witness key (cosignature/v1) and the delegation it speaks for, to check its cosignatures with. */
public record WitnessKey(String delegation, VerifierKey key) {

	public WitnessKey {
		if (key.type() != VerifierKey.COSIGNATURE_V1) {
			throw new IllegalArgumentException("a witness key is a cosignature/v1 key (type 0x04)");
		}
	}
}
