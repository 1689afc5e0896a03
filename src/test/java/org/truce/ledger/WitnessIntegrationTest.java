package org.truce.ledger;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.truce.DemoUsers;
import org.truce.TruceIntegrationTest;
import org.truce.cli.Terminal;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.ledger.tlog.Checkpoint;
import org.truce.ledger.tlog.NoteSigner;
import org.truce.ledger.tlog.SignedNote;
import org.truce.ledger.tlog.VerifierKey;
import org.truce.report.ReportDrafts;
import org.truce.report.ReportRegister;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The three guarantors run {@code truce witness} on their own machines (here: the CLI in-process against the server on
 * its port): the latest checkpoint ends up with three cosignatures that verify, and a witness shown a history
 * inconsistent with what it cosigned refuses.
 */
@TruceIntegrationTest
class WitnessIntegrationTest {

	private static final List<String> GUARANTORS = List.of("guarantor.ru", "guarantor.tr", "guarantor.ir");

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	ReportRegister register;

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerLog log;

	@TempDir
	Path machines;

	@RegisterExtension
	final Terminal terminal = new Terminal();

	@Test
	void eachGuarantorCosignsAndTheLatestCheckpointShowsAllThree() throws Exception {
		var keys = new ArrayList<VerifierKey>();
		for (var guarantor : GUARANTORS) {
			keys.add(registerWitness(guarantor));
		}
		fileAReport();

		for (var guarantor : GUARANTORS) {
			assertThat(witness(guarantor)).as(errors()).hasValue(0);
			assertThat(output()).contains("Cosigned checkpoint");
		}

		var latest = SignedNote.parse(text("/api/v1/ledger/checkpoint"));
		var all = new ArrayList<>(keys);
		all.add(log.key());
		assertThat(latest.signatures()).hasSize(4);
		assertThat(latest.verify(all)).isInstanceOfSatisfying(SignedNote.Verification.Verified.class,
				verified -> assertThat(verified.by()).containsExactlyInAnyOrderElementsOf(all));

		fileAReport();
		assertThat(witness("guarantor.ru")).as(errors()).hasValue(0);
		var next = SignedNote.parse(text("/api/v1/ledger/checkpoint"));
		assertThat(Checkpoint.parse(next.text()).size()).isGreaterThan(Checkpoint.parse(latest.text()).size());
		assertThat(next.signatures()).extracting(SignedNote.Signature::keyName)
			.containsExactly("truce.example/ledger", "witness.guarantor.ru.example");
	}

	@Test
	void aWitnessShownAnInconsistentHistoryRefusesAndCosignsNothing() throws Exception {
		registerWitness("guarantor.tr");
		assertThat(witness("guarantor.tr")).as(errors()).hasValue(0);
		assertThat(output()).contains("Pinned the log key the server publishes, " + log.key() + " (trust on first use)",
				"--log-key pins a key you know instead");
		var state = machines.resolve("guarantor.tr").resolve("state.json");
		var seen = JsonMapper.shared().readTree(Files.readString(state));
		var forked = Files.readString(state).replace(seen.get("root").asString(), "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=");
		Files.writeString(state, forked);
		fileAReport();

		assertThat(witness("guarantor.tr")).hasValue(1);

		assertThat(output()).doesNotContain("Pinned");
		assertThat(errors()).contains("refused", "not consistent");
		var latest = SignedNote.parse(text("/api/v1/ledger/checkpoint"));
		assertThat(latest.signatures()).extracting(SignedNote.Signature::keyName).doesNotContain("witness.guarantor.tr.example");
		assertThat(Files.readString(state)).isEqualTo(forked);
	}

	@Test
	void aWitnessPinnedToAnotherLogKeyRefusesOnItsFirstRun() throws Exception {
		registerWitness("guarantor.ir");
		var impostor = NoteSigner.generate("truce.example/ledger", VerifierKey.ED25519).verifierKey();

		assertThat(run(machine("guarantor.ir"), "guarantor.ir", "--log-key", impostor.format())).hasValue(1);

		assertThat(errors()).contains("refused: the checkpoint is not signed by the log's key");
		assertThat(machine("guarantor.ir").resolve("state.json")).doesNotExist();
	}

	@Test
	void onlyGuarantorsRegisterWitnessesAndOnlyRegisteredKeysCosignCheckpointsTheLogIssued() throws Exception {
		var stranger = NoteSigner.generate("stranger.example", VerifierKey.COSIGNATURE_V1);
		registerAs("party.gov", stranger.verifierKey().format()).andExpect(status().isForbidden());
		registerAs("observer.jo", stranger.verifierKey().format()).andExpect(status().isForbidden());
		registerAs("guarantor.ru", "not a key").andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("vkey"));
		registerAs("guarantor.ru", log.key().format()).andExpect(status().isUnprocessableContent());

		var text = SignedNote.parse(log.latestCheckpoint()).text();
		var checkpoint = Checkpoint.parse(text);
		var line = stranger.cosign(text, System.currentTimeMillis() / 1000).line();
		cosignAs("monitor.1", checkpoint.size(), line).andExpect(status().isForbidden());
		cosignAs("party.gov", checkpoint.size(), line).andExpect(status().isForbidden())
			.andExpect(jsonPath("$.detail").value("Only guarantor delegations run witnesses and cosign the log's checkpoints"));

		var witness = registerWitness("guarantor.ru");
		cosignAs("guarantor.ru", checkpoint.size(), line).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.field").value("cosignature"));
		var own = NoteSigner.load(machine("guarantor.ru").resolve("witness.key"));
		assertThat(own.verifierKey()).isEqualTo(witness);
		cosignAs("guarantor.ru", checkpoint.size() + 1_000_000, own.cosign(text, 1L).line())
			.andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("treeSize"));
		var otherText = new Checkpoint(checkpoint.origin(), checkpoint.size(), new byte[32]).text();
		cosignAs("guarantor.ru", checkpoint.size(), own.cosign(otherText, 1L).line()).andExpect(status().isUnprocessableContent());
		cosignAs("guarantor.ru", checkpoint.size(), own.cosign(text, 1L).line()).andExpect(status().isOk())
			.andExpect(jsonPath("$.delegation").value("RU"));
	}

	@Test
	void aWitnessThatCannotReachTheServerSaysWhyInWords() throws Exception {
		registerWitness("guarantor.ir");
		var machine = machine("guarantor.ir");

		assertThat(terminal.run("witness", "--server", "http://localhost:1", "--token", token("guarantor.ir"), "--key",
				machine.resolve("witness.key").toString(), "--state", machine.resolve("state.json").toString())).hasValue(1);

		assertThat(errors().strip()).isEqualTo("truce: cannot reach http://localhost:1: nothing accepts connections there");
	}

	@Test
	void wrongTypesAndUnknownPropertiesAnswer400InWordsNamingTheField() throws Exception {
		postAs("guarantor.ru", "/api/v1/ledger/witnesses", "{\"vkey\": 5}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("vkey"))
			.andExpect(jsonPath("$.detail").value("vkey: must be text"));
		postAs("guarantor.ru", "/api/v1/ledger/cosignatures", "{\"treeSize\": \"five\", \"cosignature\": \"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("treeSize: must be a whole number"));
		postAs("guarantor.ru", "/api/v1/ledger/cosignatures", "{\"treeSize\": 1, \"signature\": \"x\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("signature"))
			.andExpect(jsonPath("$.detail").value("signature: is not a property of this request; it takes treeSize, cosignature"));
		postAs("guarantor.ru", "/api/v1/ledger/cosignatures", "[1, 2]").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("The request body must be an object"));
	}

	/** Generates the guarantor's witness key on its machine and registers the printed verifier key. */
	private VerifierKey registerWitness(String guarantor) throws Exception {
		var machine = machine(guarantor);
		var keyFile = machine.resolve("witness.key");
		if (!Files.exists(keyFile)) {
			assertThat(terminal.run("witness", "keygen", "--out", keyFile.toString(), "--name",
					"witness." + guarantor + ".example")).hasValue(0);
			Files.writeString(machine.resolve("witness.vkey"), output().strip());
		}
		var vkey = Files.readString(machine.resolve("witness.vkey"));
		registerAs(guarantor, vkey).andExpect(status().isOk()).andExpect(jsonPath("$.vkey").value(vkey));
		return VerifierKey.parse(vkey);
	}

	private OptionalInt witness(String guarantor) throws Exception {
		return run(machine(guarantor), guarantor);
	}

	private OptionalInt run(Path machine, String guarantor, String... extra) {
		var args = new ArrayList<>(List.of("witness", "--server", "http://localhost:" + port, "--token", token(guarantor),
				"--key", machine.resolve("witness.key").toString(), "--state", machine.resolve("state.json").toString()));
		args.addAll(List.of(extra));
		return terminal.run(args.toArray(String[]::new));
	}

	private Path machine(String guarantor) throws Exception {
		return Files.createDirectories(machines.resolve(guarantor));
	}

	private void fileAReport() {
		var monitor = (Viewer.Member) Viewer.member("monitor.1", new DelegationCode("MON1"), Role.MONITOR);
		ledger.receiptFor(register.file(ReportDrafts.aReport().build(), monitor, null).ledgerTicket());
	}

	private ResultActions registerAs(String username, String vkey) throws Exception {
		return postAs(username, "/api/v1/ledger/witnesses", "{\"vkey\": \"" + vkey + "\"}");
	}

	private ResultActions cosignAs(String username, long treeSize, String line) throws Exception {
		return postAs(username, "/api/v1/ledger/cosignatures",
				"{\"treeSize\": " + treeSize + ", \"cosignature\": " + JsonMapper.shared().writeValueAsString(line) + "}");
	}

	private ResultActions postAs(String username, String path, String body) throws Exception {
		return mvc.perform(post(path).header(HttpHeaders.AUTHORIZATION, DemoUsers.bearer(mvc, username))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private String token(String username) {
		return DemoUsers.bearer(mvc, username).substring("Bearer ".length());
	}

	private String text(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	private String output() {
		return terminal.output();
	}

	private String errors() {
		return terminal.errors();
	}
}
