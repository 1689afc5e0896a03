package org.truce.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.agreement.ActorId;
import org.truce.core.Confidentiality;
import org.truce.core.DelegationCode;
import org.truce.core.GeoPoint;
import org.truce.core.Viewer;
import org.truce.core.VisibilityFilter;
import org.truce.ledger.LedgerTicket;

/** Reports and their revisions in PostgreSQL. Revisions are inserted, never updated. */
@Repository
class JdbcReportStore {

	private static final String REPORT_COLUMNS = """
			r.id, r.source_delegation, r.source_kind, r.external_ref, r.filed_at, """;

	private static final String REVISION_COLUMNS = """
			v.revision, v.recorded_at, v.recorded_by_delegation, v.reason, v.occurred_from, v.occurred_to, v.time_precision,
			v.lat, v.lon, v.location_precision, v.place_name, v.place_pcode, v.admin1_pcode, v.admin1_name, v.admin2_pcode,
			v.admin2_name, v.admin3_pcode, v.admin3_name, v.category, v.alleged_perpetrator_id, v.target_actor_id, v.killed,
			v.injured, v.civilians_killed, v.observed_by, v.narrative, v.confidentiality""";

	private static final String CURRENT = """
			FROM report r JOIN report_revision v ON v.report_id = r.id AND v.revision = r.current_revision""";

	private final JdbcClient jdbc;

	JdbcReportStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Inserts a new report's identity, unless a report with the same idempotency key or external reference exists; waits
	 * for a concurrent filing of the same key to finish first, so that exactly one wins. Its first revision follows
	 * with {@link #appendRevision}, in the same transaction.
	 *
	 * @return whether the report was inserted
	 */
	boolean insertReport(Report report, String filedBy, @Nullable String idempotencyKey, byte @Nullable [] requestHash) {
		var details = report.details();
		int inserted = jdbc.sql("""
				INSERT INTO report (id, source_delegation, source_kind, external_ref, filed_by, filed_at, idempotency_key,
				                    request_hash, current_revision)
				VALUES (:id, :source, :kind, :externalRef, :filedBy, :filedAt, :key, :hash, 1)
				ON CONFLICT DO NOTHING""")
			.param("id", details.id().value())
			.param("source", details.sourceDelegation().value())
			.param("kind", details.sourceKind().name())
			.param("externalRef", details.externalRef())
			.param("filedBy", filedBy)
			.param("filedAt", utc(details.filedAt()))
			.param("key", idempotencyKey)
			.param("hash", requestHash)
			.update();
		return inserted == 1;
	}

	/** Adds a report's new current revision, with the salt and ticket of its ledger entry. */
	void appendRevision(Report report, String recordedBy, ReportLedger.Stamp stamp) {
		insertRevision(report.id(), report.current(), recordedBy, stamp);
		if (report.current().number() > 1) {
			jdbc.sql("UPDATE report SET current_revision = :revision WHERE id = :id")
				.param("revision", report.current().number())
				.param("id", report.id().value())
				.update();
		}
	}

	Optional<Report> find(ReportId id) {
		return jdbc.sql("SELECT " + REPORT_COLUMNS + REVISION_COLUMNS + " " + CURRENT + " WHERE r.id = ?")
			.param(id.value())
			.query(JdbcReportStore::report)
			.optional();
	}

	/** Loads a report and locks it until the transaction ends, so that amendments happen one after the other. */
	Optional<Report> lock(ReportId id) {
		var locked = jdbc.sql("SELECT id FROM report WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class).optional();
		return locked.flatMap(ignored -> find(id));
	}

	Optional<PriorFiling> findByIdempotencyKey(DelegationCode delegation, String key) {
		return jdbc.sql("SELECT id, request_hash FROM report WHERE source_delegation = ? AND idempotency_key = ?")
			.params(delegation.value(), key)
			.query((rs, row) -> new PriorFiling(new ReportId(rs.getObject("id", UUID.class)), rs.getBytes("request_hash")))
			.optional();
	}

	Optional<ReportId> findByExternalRef(String externalRef) {
		return jdbc.sql("SELECT id FROM report WHERE external_ref = ?")
			.param(externalRef)
			.query((rs, row) -> new ReportId(rs.getObject("id", UUID.class)))
			.optional();
	}

	List<ReportRevision> revisions(ReportId id) {
		return jdbc.sql("SELECT " + REVISION_COLUMNS + " FROM report_revision v WHERE v.report_id = ? ORDER BY v.revision")
			.param(id.value())
			.query((rs, row) -> revision(rs))
			.list();
	}

	ReportPage list(ReportQuery query, Viewer viewer) {
		var visibility = VisibilityFilter.of(viewer, "v.confidentiality", "r.source_delegation");
		var conditions = new ArrayList<String>(List.of(visibility.sql()));
		Map<String, Object> params = new HashMap<>(visibility.parameters());
		if (query.from() != null) {
			conditions.add("v.occurred_to >= :from");
			params.put("from", utc(query.from()));
		}
		if (query.to() != null) {
			conditions.add("v.occurred_from <= :to");
			params.put("to", utc(query.to()));
		}
		if (query.admin1() != null) {
			conditions.add("v.admin1_pcode = :admin1");
			params.put("admin1", query.admin1());
		}
		if (query.category() != null) {
			conditions.add("v.category = :category");
			params.put("category", query.category().name());
		}
		if (query.perpetrator() != null) {
			conditions.add("v.alleged_perpetrator_id = :perpetrator");
			params.put("perpetrator", query.perpetrator().value());
		}
		if (query.delegation() != null) {
			conditions.add("r.source_delegation = :delegation");
			params.put("delegation", query.delegation().value());
		}
		var where = " WHERE " + String.join(" AND ", conditions);
		long total = jdbc.sql("SELECT count(*) " + CURRENT + where).params(params).query(Long.class).single();
		var items = jdbc.sql("SELECT " + REPORT_COLUMNS + REVISION_COLUMNS + " " + CURRENT + where
				+ " ORDER BY v.occurred_from DESC, r.id LIMIT :limit OFFSET :offset")
			.params(params)
			.param("limit", query.size())
			.param("offset", (long) query.page() * query.size())
			.query(JdbcReportStore::report)
			.list()
			.stream()
			.map(Report::details)
			.toList();
		return new ReportPage(items, total, query.page(), query.size());
	}

	/** The ticket of a revision's ledger entry; none for a revision written before the ledger and not yet logged. */
	Optional<LedgerTicket> ledgerTicket(ReportId id, int revision) {
		return jdbc.sql("SELECT ledger_ticket FROM report_revision WHERE report_id = ? AND revision = ? AND ledger_ticket IS NOT NULL")
			.params(id.value(), revision)
			.query((rs, row) -> new LedgerTicket(rs.getLong(1)))
			.optional();
	}

	/**
	 * Reports as they stood at the given revisions, oldest first, with each revision's salt and ledger ticket; revisions
	 * not found are left out.
	 */
	List<Logged> logged(Collection<RevisionKey> revisions) {
		if (revisions.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("SELECT " + REPORT_COLUMNS + REVISION_COLUMNS + """
				, v.salt, v.ledger_ticket FROM report r JOIN report_revision v ON v.report_id = r.id
				WHERE (v.report_id, v.revision) IN (:revisions)
				ORDER BY v.recorded_at, v.report_id, v.revision""")
			.param("revisions", revisions.stream().map(k -> new Object[] { k.report().value(), k.revision() }).toList())
			.query((rs, row) -> {
				long ticket = rs.getLong("ledger_ticket");
				return new Logged(report(rs, row), rs.getBytes("salt"), rs.wasNull() ? null : new LedgerTicket(ticket));
			})
			.list();
	}

	/**
	 * Revisions written before the ledger existed, oldest first, which have no ledger entry yet; locked, and skipped
	 * by another instance doing the same, so that none is logged twice.
	 */
	List<RevisionKey> unlogged(int limit) {
		return jdbc.sql("""
				SELECT report_id, revision FROM report_revision WHERE ledger_ticket IS NULL
				ORDER BY recorded_at, report_id, revision LIMIT ? FOR UPDATE SKIP LOCKED""")
			.param(limit)
			.query((rs, row) -> new RevisionKey(new ReportId(rs.getObject("report_id", UUID.class)), rs.getInt("revision")))
			.list();
	}

	void markLogged(RevisionKey revision, ReportLedger.Stamp stamp) {
		jdbc.sql("UPDATE report_revision SET salt = ?, ledger_ticket = ? WHERE report_id = ? AND revision = ?")
			.params(stamp.salt(), stamp.ticket().value(), revision.report().value(), revision.revision())
			.update();
	}

	private void insertRevision(ReportId id, ReportRevision revision, String recordedBy, ReportLedger.Stamp stamp) {
		var content = revision.content();
		var location = content.location();
		var admin = location.admin();
		jdbc.sql("""
				INSERT INTO report_revision (report_id, revision, recorded_at, recorded_by, recorded_by_delegation, reason,
				    occurred_from, occurred_to, time_precision, lat, lon, location_precision, place_name, place_pcode,
				    admin1_pcode, admin1_name, admin2_pcode, admin2_name, admin3_pcode, admin3_name, category,
				    alleged_perpetrator_id, target_actor_id, killed, injured, civilians_killed, observed_by, narrative, confidentiality,
				    salt, ledger_ticket)
				VALUES (:id, :revision, :recordedAt, :recordedBy, :recordedByDelegation, :reason,
				    :from, :to, :timePrecision, :lat, :lon, :locationPrecision, :placeName, :placePcode,
				    :admin1, :admin1Name, :admin2, :admin2Name, :admin3, :admin3Name, :category,
				    :perpetrator, :target, :killed, :injured, :civiliansKilled, :observedBy, :narrative, :confidentiality,
				    :salt, :ticket)""")
			.param("id", id.value())
			.param("revision", revision.number())
			.param("recordedAt", utc(revision.recordedAt()))
			.param("recordedBy", recordedBy)
			.param("recordedByDelegation", revision.recordedBy().value())
			.param("reason", revision.reason())
			.param("from", utc(content.occurredFrom()))
			.param("to", utc(content.occurredTo()))
			.param("timePrecision", content.timePrecision().name())
			.param("lat", location.point().lat())
			.param("lon", location.point().lon())
			.param("locationPrecision", location.precision().name())
			.param("placeName", location.placeName())
			.param("placePcode", location.placePcode())
			.param("admin1", admin.admin1Pcode())
			.param("admin1Name", admin.admin1Name())
			.param("admin2", admin.admin2Pcode())
			.param("admin2Name", admin.admin2Name())
			.param("admin3", admin.admin3Pcode())
			.param("admin3Name", admin.admin3Name())
			.param("category", content.category().name())
			.param("perpetrator", content.allegedPerpetrator() == null ? null : content.allegedPerpetrator().value())
			.param("target", content.target() == null ? null : content.target().value())
			.param("killed", content.casualties().killed())
			.param("injured", content.casualties().injured())
			.param("civiliansKilled", content.casualties().civiliansKilled())
			.param("observedBy", content.observedBy().name())
			.param("narrative", content.narrative())
			.param("confidentiality", content.confidentiality().name())
			.param("salt", stamp.salt())
			.param("ticket", stamp.ticket().value())
			.update();
	}

	private static Report report(ResultSet rs, int row) throws SQLException {
		return new Report(new ReportId(rs.getObject("id", UUID.class)), new DelegationCode(rs.getString("source_delegation")),
				SourceKind.valueOf(rs.getString("source_kind")), rs.getString("external_ref"), instant(rs, "filed_at"),
				revision(rs));
	}

	private static ReportRevision revision(ResultSet rs) throws SQLException {
		var admin = new AdminPlacement(rs.getString("admin1_pcode"), rs.getString("admin1_name"), rs.getString("admin2_pcode"),
				rs.getString("admin2_name"), rs.getString("admin3_pcode"), rs.getString("admin3_name"));
		var location = new ReportLocation(new GeoPoint(rs.getDouble("lat"), rs.getDouble("lon")),
				LocationPrecision.valueOf(rs.getString("location_precision")), rs.getString("place_name"),
				rs.getString("place_pcode"), admin);
		var content = new ReportContent(instant(rs, "occurred_from"), instant(rs, "occurred_to"),
				TimePrecision.valueOf(rs.getString("time_precision")), location, Category.valueOf(rs.getString("category")),
				actor(rs, "alleged_perpetrator_id"), actor(rs, "target_actor_id"),
				new Casualties(integer(rs, "killed"), integer(rs, "injured"), integer(rs, "civilians_killed")),
				ObservationMethod.valueOf(rs.getString("observed_by")), rs.getString("narrative"),
				Confidentiality.valueOf(rs.getString("confidentiality")));
		return new ReportRevision(rs.getInt("revision"), instant(rs, "recorded_at"),
				new DelegationCode(rs.getString("recorded_by_delegation")), rs.getString("reason"), content);
	}

	private static @Nullable ActorId actor(ResultSet rs, String column) throws SQLException {
		var id = rs.getObject(column, UUID.class);
		return id == null ? null : new ActorId(id);
	}

	private static @Nullable Integer integer(ResultSet rs, String column) throws SQLException {
		int value = rs.getInt(column);
		return rs.wasNull() ? null : value;
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		return rs.getObject(column, OffsetDateTime.class).toInstant();
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	/** Which revision of which report. */
	record RevisionKey(ReportId report, int revision) {
	}

	/** A report as it stood at a revision, with that revision's salt and ledger ticket (none if never logged). */
	record Logged(Report report, byte @Nullable [] salt, @Nullable LedgerTicket ticket) {
	}

	/** A report filed earlier under an idempotency key, with the hash of the request that filed it. */
	record PriorFiling(ReportId id, byte @Nullable [] requestHash) {
	}
}
