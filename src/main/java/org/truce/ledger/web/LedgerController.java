package org.truce.ledger.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonRawValue;
import com.fasterxml.jackson.annotation.JsonValue;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.truce.core.NotFoundException;
import org.truce.ledger.LedgerLog;

/**
 * The log as anyone may read it, without signing in: it reveals no content, only salted hashes, so that every
 * delegation and the public can check it.
 */
@RestController
@RequestMapping("/api/v1/ledger")
class LedgerController {

	static final String TEXT = MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8";

	private final LedgerLog log;

	LedgerController(LedgerLog log) {
		this.log = log;
	}

	/** The latest checkpoint: a C2SP signed note with the log's signature and the witnesses' cosignatures. */
	@GetMapping(value = "/checkpoint", produces = TEXT)
	String checkpoint() {
		return log.latestCheckpoint();
	}

	/** The checkpoint of one size, with the cosignatures it has gathered since. */
	@GetMapping(value = "/checkpoints/{size}", produces = TEXT)
	String checkpoint(@PathVariable long size) {
		return log.checkpoint(size).orElseThrow(() -> new NotFoundException("checkpoint of size", size));
	}

	/** The log's public key as a C2SP verifier key. */
	@GetMapping(value = "/key", produces = TEXT)
	String key() {
		return log.key().format() + "\n";
	}

	/** An entry exactly as hashed into its leaf. */
	@GetMapping(value = "/entries/{index}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<byte[]> entry(@PathVariable long index) {
		return forever(log.entry(index));
	}

	@GetMapping("/entries")
	EntryPage entries(@RequestParam(defaultValue = "0") long from, @RequestParam(defaultValue = "100") int count) {
		var entries = log.entries(from, count).stream().map(e -> new RawJson(new String(e, StandardCharsets.UTF_8))).toList();
		return new EntryPage(from, log.size(), entries);
	}

	@GetMapping("/proofs/inclusion")
	ResponseEntity<InclusionProofResponse> inclusion(@RequestParam long index, @RequestParam long size) {
		var proof = log.inclusionProof(index, size);
		return forever(new InclusionProofResponse(proof.treeSize(), proof.leafIndex(), base64(proof.leafHash()),
				base64(proof.proof())));
	}

	@GetMapping("/proofs/consistency")
	ResponseEntity<ConsistencyProofResponse> consistency(@RequestParam long from, @RequestParam long to) {
		var proof = log.consistencyProof(from, to);
		return forever(new ConsistencyProofResponse(proof.fromSize(), proof.treeSize(), base64(proof.proof())));
	}

	/** An entry, or a proof between given sizes, never changes once it exists: any cache may keep it. */
	private static <T> ResponseEntity<T> forever(T body) {
		return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()).body(body);
	}

	private static String base64(byte[] hash) {
		return Base64.getEncoder().encodeToString(hash);
	}

	private static List<String> base64(List<byte[]> hashes) {
		return hashes.stream().map(LedgerController::base64).toList();
	}

	/** @param entries each entry's canonical JSON, as stored */
	record EntryPage(long from, long treeSize, List<RawJson> entries) {
	}

	/** JSON written as it is: an entry keeps the exact bytes its leaf hash was computed from. */
	record RawJson(@JsonValue @JsonRawValue String json) {
	}

	record InclusionProofResponse(long treeSize, long leafIndex, String leafHash, List<String> proof) {
	}

	record ConsistencyProofResponse(long fromSize, long treeSize, List<String> proof) {
	}
}
