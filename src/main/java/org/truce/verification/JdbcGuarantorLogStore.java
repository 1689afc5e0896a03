package org.truce.verification;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.truce.core.DelegationCode;

/** Log entries and their cross-checks, each row written once. */
@Repository
class JdbcGuarantorLogStore {

	private final JdbcClient jdbc;

	JdbcGuarantorLogStore(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** @return whether the entry was new: a guarantor logs an incident once */
	boolean insert(GuarantorLogEntry entry, String username) {
		return jdbc.sql("""
				INSERT INTO guarantor_log_entry (id, incident_id, guarantor, note, incident_started_at, admin1_pcode, registered_at, registered_by)
				VALUES (:id, :incident, :guarantor, :note, :day, :admin1, :at, :by) ON CONFLICT (guarantor, incident_id) DO NOTHING""")
			.param("id", entry.id().value())
			.param("incident", entry.incidentId())
			.param("guarantor", entry.guarantor().value())
			.param("note", entry.note())
			.param("day", entry.incidentStartedAt().atOffset(ZoneOffset.UTC))
			.param("admin1", entry.admin1Pcode())
			.param("at", entry.registeredAt().atOffset(ZoneOffset.UTC))
			.param("by", username)
			.update() == 1;
	}

	void insertCrossCheck(LogEntryId entry, CrossCheck check, String username) {
		jdbc.sql("""
				INSERT INTO log_cross_check (entry_id, guarantor, verdict, reason, at, answered_by)
				VALUES (:entry, :guarantor, :verdict, :reason, :at, :by)""")
			.param("entry", entry.value())
			.param("guarantor", check.guarantor().value())
			.param("verdict", check.verdict().name())
			.param("reason", check.reason())
			.param("at", check.at().atOffset(ZoneOffset.UTC))
			.param("by", username)
			.update();
	}

	Optional<GuarantorLogEntry> lock(LogEntryId id) {
		return jdbc.sql("SELECT id FROM guarantor_log_entry WHERE id = ? FOR UPDATE").param(id.value()).query(UUID.class)
			.optional()
			.flatMap(found -> entries("e.id = :id", Map.of("id", id.value())).stream().findFirst());
	}

	Optional<GuarantorLogEntry> find(LogEntryId id) {
		return entries("e.id = :id", Map.of("id", id.value())).stream().findFirst();
	}

	List<GuarantorLogEntry> search(@Nullable DelegationCode guarantor, @Nullable UUID incident, @Nullable LocalDate from,
			@Nullable LocalDate to, @Nullable String admin1) {
		var conditions = new ArrayList<String>(List.of("TRUE"));
		var params = new HashMap<String, Object>();
		if (guarantor != null) {
			conditions.add("e.guarantor = :guarantor");
			params.put("guarantor", guarantor.value());
		}
		if (incident != null) {
			conditions.add("e.incident_id = :incident");
			params.put("incident", incident);
		}
		if (from != null) {
			conditions.add("e.incident_started_at >= :from");
			params.put("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (to != null) {
			conditions.add("e.incident_started_at < :to");
			params.put("to", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
		}
		if (admin1 != null) {
			conditions.add("e.admin1_pcode = :admin1");
			params.put("admin1", admin1);
		}
		return entries(String.join(" AND ", conditions), params);
	}

	private List<GuarantorLogEntry> entries(String condition, Map<String, Object> params) {
		var rows = jdbc.sql("""
				SELECT e.id, e.incident_id, e.guarantor, e.note, e.incident_started_at, e.admin1_pcode, e.registered_at,
				       c.guarantor AS checker, c.verdict, c.reason, c.at
				FROM guarantor_log_entry e LEFT JOIN log_cross_check c ON c.entry_id = e.id
				WHERE\s""" + condition + " ORDER BY e.incident_started_at DESC, e.registered_at DESC, e.id, c.at")
			.params(params)
			.query(JdbcGuarantorLogStore::row)
			.list();
		var entries = new LinkedHashMap<UUID, GuarantorLogEntry>();
		for (var row : rows) {
			entries.merge(row.id().value(), row, (known, more) -> new GuarantorLogEntry(known.id(),
					known.incidentId(), known.guarantor(), known.note(), known.incidentStartedAt(), known.admin1Pcode(),
					known.registeredAt(), concat(known.crossChecks(), more.crossChecks())));
		}
		return List.copyOf(entries.values());
	}

	private static List<CrossCheck> concat(List<CrossCheck> a, List<CrossCheck> b) {
		var all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** One entry with at most one of its cross-checks, as one row of the join gives it. */
	private static GuarantorLogEntry row(ResultSet rs, int row) throws SQLException {
		var checker = rs.getString("checker");
		List<CrossCheck> checks = checker == null ? List.of()
				: List.of(new CrossCheck(new DelegationCode(checker), Verdict.valueOf(rs.getString("verdict")),
						rs.getString("reason"), rs.getObject("at", OffsetDateTime.class).toInstant()));
		return new GuarantorLogEntry(new LogEntryId(rs.getObject("id", UUID.class)), rs.getObject("incident_id", UUID.class),
				new DelegationCode(rs.getString("guarantor")), rs.getString("note"), rs.getObject("incident_started_at", OffsetDateTime.class).toInstant(),
				rs.getString("admin1_pcode"), rs.getObject("registered_at", OffsetDateTime.class).toInstant(), checks);
	}
}
