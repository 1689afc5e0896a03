package org.truce.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.truce.TruceIntegrationTest;
import org.truce.cli.Terminal;
import org.truce.core.DelegationCode;
import org.truce.core.Role;
import org.truce.core.Viewer;
import org.truce.ledger.tlog.Checkpoint;
import org.truce.ledger.tlog.NoteSigner;
import org.truce.ledger.tlog.SignedNote;
import org.truce.ledger.tlog.Verification;
import org.truce.ledger.tlog.VerifierKey;
import org.truce.report.ReportDrafts;
import org.truce.report.ReportRegister;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code truce ledger verify} and {@code export} as an operator runs them: a second application instance, started
 * read-only by the command line on the same database (and with the same key file) as the running server — or as an
 * auditor does, with the database but without the key file.
 */
@TruceIntegrationTest
class LedgerCommandIntegrationTest {

	@Autowired
	ReportRegister register;

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerAudit audit;

	@Autowired
	LedgerLog log;

	@Autowired
	LedgerProperties properties;

	@Autowired
	HikariDataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Witnesses witnesses;

	@TempDir
	Path directory;

	@RegisterExtension
	final Terminal terminal = new Terminal();

	@BeforeEach
	void pointTheCommandLineAtTheServersDatabase() {
		serverSettings().forEach(System::setProperty);
	}

	@AfterEach
	void restore() {
		serverSettings().keySet().forEach(System::clearProperty);
	}

	@Test
	void afterADirectSqlChangeToAReportVerifyFailsNamingItsEntry() {
		var party = (Viewer.Member) Viewer.member("party.opp", new DelegationCode("SYO"), Role.PARTY);
		var filing = register.file(ReportDrafts.aReport().narrative("Sniper fire at the crossing").build(), party, null);
		long entry = ledger.receiptFor(filing.ledgerTicket()).entryIndex();
		assertThat(run("ledger", "verify")).as(errors()).hasValue(0);
		assertThat(output()).contains("Ledger intact:", "every entry's content recomputed from its record");

		var change = "UPDATE report_revision SET narrative = ? WHERE report_id = ? AND revision = 1";
		jdbc.sql(change).params("Nothing happened at the crossing", filing.report().id().value()).update();
		try {
			assertThat(run("ledger", "verify")).hasValue(1);
			assertThat(errors()).contains("ledger does not verify: entry " + entry + ": content changed");
		}
		finally {
			jdbc.sql(change).params("Sniper fire at the crossing", filing.report().id().value()).update();
		}
		assertThat(audit.verify(audit.keyFileKey().orElseThrow())).isInstanceOf(Verification.Intact.class);
	}

	@Test
	void anExportVerifiesWithoutTheDatabaseAndATamperedOneIsFoundAtItsEntry() throws Exception {
		var export = directory.resolve("export");
		assertThat(run("ledger", "export", export.toString())).as(errors()).hasValue(0);
		var vkey = Files.readString(export.resolve("log.vkey")).strip();
		assertThat(vkey).isEqualTo(log.key().format());

		assertThat(run("ledger", "verify", "--export", export.toString(), "--key", vkey)).as(errors()).hasValue(0);
		assertThat(output()).contains("Ledger intact:", "content not re-verified: an export holds none");

		var lines = new ArrayList<>(Files.readAllLines(export.resolve("entries.jsonl")));
		var third = lines.get(3);
		lines.set(3, lines.get(4));
		lines.set(4, third);
		Files.write(export.resolve("entries.jsonl"), lines);
		assertThat(run("ledger", "verify", "--export", export.toString(), "--key", vkey)).hasValue(1);
		assertThat(errors()).contains("entry 3: order swapped");

		assertThat(run("ledger", "verify", "--export", export.toString(), "--key", "nonsense")).hasValue(1);
		assertThat(errors()).contains("--key");
	}

	@Test
	void verifyAndExportOnlyReadAndAnAuditorWithoutTheKeyFileGivesThePublishedKey() {
		var noKeyFile = directory.resolve("not-the-operator").resolve("ledger.key");
		System.setProperty("truce.ledger.key-file", noKeyFile.toString());
		long checkpoints = checkpointCount();

		assertThat(run("ledger", "verify")).hasValue(1);
		assertThat(errors()).contains("--key: give the log's public key (GET /api/v1/ledger/key)",
				"a key taken from the database being checked would prove nothing");
		assertThat(run("ledger", "verify", "--key", log.key().format())).as(errors()).hasValue(0);
		assertThat(output()).contains("Ledger intact:").doesNotContain("The log's key: the public half");
		assertThat(run("ledger", "export", directory.resolve("export").toString(), "--key", log.key().format())).as(errors())
			.hasValue(0);
		assertThat(run("ledger", "verify", "--key", NoteSigner.generate(properties.origin(), VerifierKey.ED25519).verifierKey()
			.format())).hasValue(1);
		assertThat(errors()).contains("checkpoint of size", "signature invalid");

		assertThat(noKeyFile).doesNotExist();
		assertThat(checkpointCount()).isEqualTo(checkpoints);
	}

	@Test
	void anExportCarriesEachCheckpointWithItsCosignaturesAndItsVerificationNamesWhoCosigned() throws Exception {
		var witness = NoteSigner.generate("witness.export.tr.example", VerifierKey.COSIGNATURE_V1);
		var turkey = (Viewer.Member) Viewer.member("guarantor.tr", new DelegationCode("TR"), Role.GUARANTOR);
		witnesses.register(witness.verifierKey().format(), turkey);
		var note = SignedNote.parse(log.latestCheckpoint());
		long size = Checkpoint.parse(note.text()).size();
		var cosignature = witness.cosign(note.text(), Instant.now().getEpochSecond()).line();
		witnesses.cosign(size, cosignature, turkey);
		var export = directory.resolve("export");

		assertThat(run("ledger", "export", export.toString())).as(errors()).hasValue(0);

		var checkpoints = Files.readAllLines(export.resolve("checkpoints.jsonl"));
		var cosigned = checkpoints.stream().filter(line -> JsonMapper.shared().readTree(line).get("treeSize").asLong() == size)
			.findFirst().orElseThrow();
		assertThat(JsonMapper.shared().readTree(cosigned).get("note").asString()).isEqualTo(log.checkpoint(size).orElseThrow())
			.endsWith(cosignature);
		assertThat(Files.readString(export.resolve("witnesses.jsonl")))
			.contains("{\"delegation\":\"TR\",\"vkey\":\"" + witness.verifierKey().format() + "\"}");
		assertThat(run("ledger", "verify", "--export", export.toString(), "--key", log.key().format())).as(errors()).hasValue(0);
		assertThat(output()).containsPattern("Cosigned by TR: \\d+ checkpoints, the latest of size \\d+, with .*"
				+ Pattern.quote(witness.verifierKey().format()))
			.contains("The witness keys are those the export names");
		assertThat(run("ledger", "verify")).as(errors()).hasValue(0);
		assertThat(output()).contains("Cosigned by TR: ", "The witness keys are those the database names");

		var forged = witness.cosign(new Checkpoint(log.key().name(), size, new byte[32]).text(), 1L).line();
		var tampered = checkpoints.stream()
			.map(line -> line.equals(cosigned) ? line.replace(cosignature.strip(), forged.strip()) : line)
			.toList();
		Files.write(export.resolve("checkpoints.jsonl"), tampered);
		assertThat(run("ledger", "verify", "--export", export.toString(), "--key", log.key().format())).hasValue(1);
		assertThat(errors()).contains("checkpoint of size " + size + ": cosignature invalid — the cosignature of "
				+ "witness.export.tr.example (the witness of TR) does not verify");
	}

	private long checkpointCount() {
		return jdbc.sql("SELECT count(*) FROM ledger_checkpoint").query(Long.class).single();
	}

	/** What the server was started with: its database and its key file. */
	private Map<String, String> serverSettings() {
		return Map.of("truce.db.url", dataSource.getJdbcUrl(), "truce.db.user", "postgres",
				"truce.ledger.key-file", properties.keyFile().toAbsolutePath().toString());
	}

	private OptionalInt run(String... args) {
		return terminal.run(args);
	}

	private String output() {
		return terminal.output();
	}

	private String errors() {
		return terminal.errors();
	}
}
