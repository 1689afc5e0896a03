package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;
import org.truce.cli.Terminal;
import org.truce.core.Confidentiality;
import org.truce.ledger.tlog.NoteSigner;
import org.truce.ledger.tlog.VerifierKey;
import org.truce.report.ReportDrafts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Receipts, checkpoints, entries and proofs through the API, each checked with the test's own verifier. */
@TruceIntegrationTest
class LedgerApiIntegrationTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@TempDir
	Path files;

	@RegisterExtension
	final Terminal terminal = new Terminal();

	@Test
	void aReceiptFromAFilingVerifiesIndependentlyAndItsCheckpointWithThePublishedKey() throws Exception {
		var key = UUID.randomUUID().toString();
		var draft = ReportDrafts.aReport().narrative("Shelling of the bakery on the square").occurred(
				Instant.parse("2017-02-11T09:00:00Z"), Instant.parse("2017-02-11T09:30:00Z")).build();
		var filed = file("party.gov", json.writeValueAsString(draft), key);
		var receipt = filed.get("receipt");
		var vkey = mvc.perform(get("/api/v1/ledger/key"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_PLAIN))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

		var entry = receipt.get("entry").asString().getBytes(StandardCharsets.UTF_8);
		var leaf = IndependentVerifier.leafHash(entry);
		assertThat(Base64.getEncoder().encodeToString(leaf)).isEqualTo(receipt.get("leafHash").asString());
		var note = IndependentVerifier.Note.parse(receipt.get("checkpoint").asString());
		assertThat(note.origin()).isEqualTo("truce.example/ledger");
		assertThat(note.size()).isEqualTo(receipt.get("treeSize").asLong()).isGreaterThan(receipt.get("entryIndex").asLong());
		assertThat(note.signedBy(vkey)).isTrue();
		var proof = hashes(receipt.get("inclusionProof"));
		assertThat(IndependentVerifier.inclusion(receipt.get("entryIndex").asLong(), note.size(), leaf, proof, note.root())).isTrue();
		assertThat(IndependentVerifier.inclusion(receipt.get("entryIndex").asLong(), note.size(),
				IndependentVerifier.leafHash("{}".getBytes(StandardCharsets.UTF_8)), proof, note.root())).isFalse();

		var logged = json.readTree(entry);
		assertThat(logged.get("type").asString()).isEqualTo("report.filed");
		assertThat(logged.get("subjectId").asString()).isEqualTo(filed.get("id").asString() + "/1");
		assertThat(logged.get("delegation").asString()).isEqualTo("SYG");
		assertThat(logged.get("index").asLong()).isEqualTo(receipt.get("entryIndex").asLong());
		assertThat(receipt.get("entry").asString()).doesNotContain("bakery");
		mvc.perform(get("/api/v1/ledger/entries/" + receipt.get("entryIndex").asLong()))
			.andExpect(status().isOk())
			.andExpect(header().string(HttpHeaders.CACHE_CONTROL, org.hamcrest.Matchers.containsString("immutable")))
			.andExpect(content().bytes(entry));

		var replayed = file("party.gov", json.writeValueAsString(draft), key);
		assertThat(replayed.get("receipt").get("entryIndex").asLong()).isEqualTo(receipt.get("entryIndex").asLong());

		var receiptFile = files.resolve("receipt.json");
		Files.writeString(receiptFile, filed.toString());
		assertThat(terminal.run("ledger", "check-receipt", receiptFile.toString(), "--key", vkey.strip())).hasValue(0);
		assertThat(terminal.output()).contains("Receipt valid: entry " + receipt.get("entryIndex").asLong() + " (report.filed");
		var otherLog = NoteSigner.generate("truce.example/ledger", VerifierKey.ED25519).verifierKey().format();
		assertThat(terminal.run("ledger", "check-receipt", receiptFile.toString(), "--key", otherLog)).hasValue(1);
		assertThat(terminal.errors()).contains("receipt does not verify: the checkpoint is not signed by");
	}

	@Test
	void amendmentsAndRaisedLevelsAnswerWithTheReceiptOfTheirRevision() throws Exception {
		var draft = ReportDrafts.aReport().confidentiality(Confidentiality.MECHANISM).build();
		var id = file("party.opp", json.writeValueAsString(draft), null).get("id").asString();
		var amendment = "{\"report\": " + json.writeValueAsString(ReportDrafts.aReport().narrative("Two more rounds at noon").build())
				+ ", \"reason\": \"more shells reported\"}";

		var amended = postAs("party.opp", "/api/v1/reports/" + id + "/amendments", amendment, 200);
		var raised = postAs("party.opp", "/api/v1/reports/" + id + "/confidentiality",
				"{\"level\": \"GUARANTORS\", \"reason\": \"names a witness\"}", 200);

		assertThat(json.readTree(amended.get("receipt").get("entry").asString()).get("subjectId").asString()).isEqualTo(id + "/2");
		assertThat(json.readTree(amended.get("receipt").get("entry").asString()).get("type").asString()).isEqualTo("report.amended");
		assertThat(json.readTree(raised.get("receipt").get("entry").asString()).get("type").asString())
			.isEqualTo("report.confidentiality-raised");
		assertThat(raised.get("receipt").get("entryIndex").asLong()).isGreaterThan(amended.get("receipt").get("entryIndex").asLong());
		mvc.perform(get("/api/v1/reports/" + id).header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, "party.opp")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.receipt").doesNotExist());
	}

	@Test
	void consistencyProofsBetweenTwoCheckpointsAndInclusionProofsVerifyIndependently() throws Exception {
		var earlier = IndependentVerifier.Note.parse(text("/api/v1/ledger/checkpoint"));
		var receipt = file("party.gov", json.writeValueAsString(ReportDrafts.aReport().build()), null).get("receipt");
		var later = IndependentVerifier.Note.parse(receipt.get("checkpoint").asString());
		assertThat(later.size()).isGreaterThan(earlier.size());

		var consistency = getJson("/api/v1/ledger/proofs/consistency?from=" + earlier.size() + "&to=" + later.size());
		assertThat(consistency.get("fromSize").asLong()).isEqualTo(earlier.size());
		assertThat(consistency.get("treeSize").asLong()).isEqualTo(later.size());
		var proof = hashes(consistency.get("proof"));
		assertThat(IndependentVerifier.consistency(earlier.size(), later.size(), proof, earlier.root(), later.root())).isTrue();
		assertThat(IndependentVerifier.consistency(earlier.size(), later.size(), proof, later.root(), later.root())).isFalse();

		long index = receipt.get("entryIndex").asLong();
		var inclusion = getJson("/api/v1/ledger/proofs/inclusion?index=" + index + "&size=" + later.size());
		assertThat(inclusion.get("leafIndex").asLong()).isEqualTo(index);
		assertThat(inclusion.get("treeSize").asLong()).isEqualTo(later.size());
		assertThat(IndependentVerifier.inclusion(index, later.size(), Base64.getDecoder().decode(inclusion.get("leafHash").asString()),
				hashes(inclusion.get("proof")), later.root())).isTrue();
		var first = getJson("/api/v1/ledger/proofs/inclusion?index=0&size=" + later.size());
		var entryZero = mvc.perform(get("/api/v1/ledger/entries/0")).andReturn().getResponse().getContentAsByteArray();
		assertThat(IndependentVerifier.inclusion(0, later.size(), IndependentVerifier.leafHash(entryZero), hashes(first.get("proof")),
				later.root())).isTrue();
	}

	@Test
	void badOrOutOfRangeArgumentsAnswer400NamingTheParameter() throws Exception {
		long size = getJson("/api/v1/ledger/entries?from=0&count=1").get("treeSize").asLong();
		expect400("/api/v1/ledger/proofs/inclusion?index=-1&size=" + size, "index");
		expect400("/api/v1/ledger/proofs/inclusion?index=" + size + "&size=" + size, "index");
		expect400("/api/v1/ledger/proofs/inclusion?index=0&size=0", "size");
		expect400("/api/v1/ledger/proofs/inclusion?index=0&size=" + (size + 1_000_000), "size");
		expect400("/api/v1/ledger/proofs/inclusion?index=zero&size=1", "index")
			.andExpect(jsonPath("$.detail").value("index: must be a whole number"));
		expect400("/api/v1/ledger/proofs/inclusion?index=0", "size");
		expect400("/api/v1/ledger/proofs/inclusion?index=0&size=99999999999999999999", "size");
		expect400("/api/v1/ledger/proofs/consistency?from=0&to=" + size, "from")
			.andExpect(jsonPath("$.detail").value("from: must be 1 or more: a proof from the empty tree proves nothing"));
		expect400("/api/v1/ledger/proofs/consistency?from=5&to=2", "from")
			.andExpect(jsonPath("$.detail").value("from: must not be greater than to (2): a log only grows"));
		expect400("/api/v1/ledger/proofs/consistency?from=1&to=" + (size + 1), "to");
		expect400("/api/v1/ledger/entries/-1", "index");
		expect400("/api/v1/ledger/entries/" + (size + 1_000_000), "index");
		expect400("/api/v1/ledger/entries?from=0&count=0", "count");
		expect400("/api/v1/ledger/entries?from=-5&count=10", "from");
		expect400("/api/v1/ledger/checkpoints/-1", "size").andExpect(jsonPath("$.detail").value("size: must be 0 or more"));
		mvc.perform(get("/api/v1/ledger/checkpoints/" + (size + 1_000_000))).andExpect(status().isNotFound());
	}

	@Test
	void theLogIsReadableWithoutSigningInAndPagesThroughItsEntries() throws Exception {
		var checkpoint = text("/api/v1/ledger/checkpoint");
		assertThat(checkpoint).startsWith("truce.example/ledger\n").contains("\n\n\u2014 truce.example/ledger ");
		var page = getJson("/api/v1/ledger/entries?from=1&count=3");
		assertThat(page.get("from").asLong()).isEqualTo(1);
		assertThat(page.get("entries")).hasSize(3);
		assertThat(page.get("entries").get(0).get("index").asLong()).isEqualTo(1);
		var exact = mvc.perform(get("/api/v1/ledger/entries/1")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(page.get("entries").get(0)).isEqualTo(json.readTree(exact));
		mvc.perform(get("/api/v1/ledger/witnesses")).andExpect(status().isOk()).andExpect(jsonPath("$.items").isArray());
		mvc.perform(post("/api/v1/ledger/witnesses").contentType(MediaType.APPLICATION_JSON).content("{\"vkey\": \"x\"}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
	}

	@Test
	void everySeededDemoReportIsLogged() {
		var unlogged = jdbc.sql("""
				SELECT count(*) FROM report r JOIN report_revision v ON v.report_id = r.id
				WHERE r.external_ref LIKE 'ucdp-ged:%' AND v.ledger_ticket IS NULL""").query(Long.class).single();
		var logged = jdbc.sql("""
				SELECT count(*) FROM report r JOIN report_revision v ON v.report_id = r.id
				JOIN (SELECT ticket FROM ledger_entry UNION ALL SELECT ticket FROM ledger_pending) l ON l.ticket = v.ledger_ticket
				WHERE r.external_ref LIKE 'ucdp-ged:%'""").query(Long.class).single();
		assertThat(unlogged).isZero();
		assertThat(logged).isEqualTo(1_768);
	}

	private JsonNode file(String username, String body, String idempotencyKey) throws Exception {
		var request = post("/api/v1/reports").header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, username))
			.contentType(MediaType.APPLICATION_JSON).content(body);
		if (idempotencyKey != null) {
			request.header("Idempotency-Key", idempotencyKey);
		}
		return json.readTree(mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	private JsonNode postAs(String username, String path, String body, int status) throws Exception {
		return json.readTree(mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, username))
				.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is(status)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private String text(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private JsonNode getJson(String path) throws Exception {
		return json.readTree(text(path));
	}

	private ResultActions expect400(String path, String field) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.field").value(field));
	}

	private static List<byte[]> hashes(JsonNode array) {
		var hashes = new ArrayList<byte[]>();
		array.forEach(h -> hashes.add(Base64.getDecoder().decode(h.asString())));
		return hashes;
	}
}
