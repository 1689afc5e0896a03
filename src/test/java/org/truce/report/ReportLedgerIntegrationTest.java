package org.truce.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.truce.TruceIntegrationTest;
import org.truce.ledger.Ledger;
import org.truce.ledger.LedgerAudit;
import org.truce.ledger.LedgerTicket;
import org.truce.ledger.tlog.LedgerEntry;
import org.truce.ledger.tlog.Verification;

import static org.assertj.core.api.Assertions.assertThat;

/** Revisions written before the ledger existed are logged at start, each once, dated when they were recorded. */
@TruceIntegrationTest
class ReportLedgerIntegrationTest {

	@Autowired
	EarlierRevisions earlierRevisions;

	@Autowired
	Ledger ledger;

	@Autowired
	LedgerAudit audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void revisionsFromBeforeTheLedgerAreLoggedOnceWithASaltOfTheirOwn() {
		var id = UUID.randomUUID();
		transactions.executeWithoutResult(status -> insertTwoRevisionsAsAnEarlierVersionDid(id));

		earlierRevisions.log();
		earlierRevisions.log();

		var logged = jdbc.sql("SELECT salt, ledger_ticket FROM report_revision WHERE report_id = ? ORDER BY revision")
			.param(id)
			.query((rs, row) -> new Logged(rs.getBytes("salt"), new LedgerTicket(rs.getLong("ledger_ticket"))))
			.list();
		assertThat(logged).hasSize(2).allSatisfy(revision -> assertThat(revision.salt()).hasSize(16));
		var first = entryOf(logged.get(0));
		var second = entryOf(logged.get(1));
		assertThat(first.type()).isEqualTo("report.filed");
		assertThat(first.subjectId()).isEqualTo(id + "/1");
		assertThat(first.time()).isEqualTo("2016-12-31T11:00:00Z");
		assertThat(second.type()).isEqualTo("report.amended");
		assertThat(second.index()).isGreaterThan(first.index());
		assertThat(jdbc.sql("SELECT count(*) FROM ledger_entry WHERE convert_from(entry, 'UTF8') LIKE ?").param("%" + id + "%")
			.query(Long.class).single()).isEqualTo(2);
		assertThat(audit.verify(audit.keyFileKey().orElseThrow())).isInstanceOf(Verification.Intact.class);
	}

	private LedgerEntry entryOf(Logged revision) {
		return LedgerEntry.parse(ledger.receiptFor(revision.ticket()).entry().getBytes(StandardCharsets.UTF_8));
	}

	private void insertTwoRevisionsAsAnEarlierVersionDid(UUID id) {
		jdbc.sql("""
				INSERT INTO report (id, source_delegation, source_kind, filed_by, filed_at, current_revision)
				VALUES (?, 'SYG', 'DELEGATION', 'party.gov', '2016-12-31T10:00:00Z', 2)""").param(id).update();
		for (int revision : List.of(1, 2)) {
			jdbc.sql("""
					INSERT INTO report_revision (report_id, revision, recorded_at, recorded_by, recorded_by_delegation, reason,
					    occurred_from, occurred_to, time_precision, lat, lon, location_precision, admin1_pcode, admin1_name,
					    admin2_pcode, admin2_name, admin3_pcode, admin3_name, category, killed, observed_by, narrative,
					    confidentiality)
					VALUES (?, ?, ?::timestamptz, 'party.gov', 'SYG', ?, '2016-12-30T22:00:00Z', '2016-12-30T23:00:00Z', 'EXACT',
					    33.5, 36.3, 'EXACT', 'SY01', 'Damascus', 'SY0100', 'Damascus', 'SY010000', 'Damascus',
					    'ARMED_CLASH', ?, 'SEEN', 'Clashes before the truce took effect', 'MECHANISM')""")
				.params(id, revision, "2016-12-31T1" + revision + ":00:00Z", revision == 1 ? null : "count corrected", revision)
				.update();
		}
	}

	private record Logged(byte[] salt, LedgerTicket ticket) {
	}
}
