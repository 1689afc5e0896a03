package org.truce.ledger;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.OptionalInt;

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
import org.truce.ledger.tlog.Verification;
import org.truce.report.ReportDrafts;
import org.truce.report.ReportRegister;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code truce ledger verify} and {@code export} as an operator runs them: a second application instance started by
 * the command line on the same database (and with the same key file) as the running server.
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
		assertThat(audit.verify()).isInstanceOf(Verification.Intact.class);
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
