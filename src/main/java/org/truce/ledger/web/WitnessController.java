package org.truce.ledger.web;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.truce.core.InvalidInputException;
import org.truce.core.Viewer;
import org.truce.ledger.Witnesses;

/**
 * Guarantors' witnesses: their keys (public, so anyone can check a cosignature) and their cosignatures. The caller
 * arrives as a core {@link Viewer.Member}, resolved by the identity module, which the ledger does not depend on.
 */
@RestController
@RequestMapping("/api/v1/ledger")
class WitnessController {

	private final Witnesses witnesses;

	WitnessController(Witnesses witnesses) {
		this.witnesses = witnesses;
	}

	@GetMapping("/witnesses")
	WitnessList witnesses() {
		return new WitnessList(witnesses.all().stream()
			.map(w -> new WitnessView(w.delegation().value(), w.key().format(), w.registeredAt()))
			.toList());
	}

	/** Registers (or replaces) the caller's delegation's witness key. */
	@PostMapping("/witnesses")
	WitnessView register(@RequestBody WitnessRequest request, Viewer.Member member) {
		if (request.vkey() == null || request.vkey().isBlank()) {
			throw new InvalidInputException("vkey", "is required: the witness's verifier key (truce witness keygen prints it)");
		}
		var witness = witnesses.register(request.vkey(), member);
		return new WitnessView(witness.delegation().value(), witness.key().format(), witness.registeredAt());
	}

	/** A cosignature of the caller's delegation's witness on a checkpoint of this log. */
	@PostMapping("/cosignatures")
	CosignatureView cosign(@RequestBody CosignatureRequest request, Viewer.Member member) {
		if (request.treeSize() == null) {
			throw new InvalidInputException("treeSize", "is required: the size of the checkpoint cosigned");
		}
		if (request.cosignature() == null || request.cosignature().isBlank()) {
			throw new InvalidInputException("cosignature", "is required: the signature line");
		}
		var cosigned = witnesses.cosign(request.treeSize(), request.cosignature(), member);
		return new CosignatureView(cosigned.treeSize(), cosigned.delegation().value(), cosigned.cosignedAt());
	}

	record WitnessRequest(@Nullable String vkey) {
	}

	record WitnessView(String delegation, String vkey, Instant registeredAt) {
	}

	record WitnessList(List<WitnessView> items) {
	}

	/** @param cosignature the signature line, {@code — <witness name> <base64>} */
	record CosignatureRequest(@Nullable Long treeSize, @Nullable String cosignature) {
	}

	record CosignatureView(long treeSize, String delegation, Instant cosignedAt) {
	}
}
